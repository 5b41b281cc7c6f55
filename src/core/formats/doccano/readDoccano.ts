import type { OffsetUnit } from '../../text'
import type { ReadResult } from '../interchange'
import { isJsonObject } from '../jsonLines'
import { readJsonlDocuments } from '../readJsonlDocuments'

export interface DoccanoReadOptions {
  /** Names the input in errors. */
  readonly source: string
  /**
   * doccano's frontend measures offsets in JavaScript, so they are UTF-16 code units
   * (doccano issue #2290); `codepoint` reads files made by Python scripts instead.
   */
  readonly offsetUnit?: OffsetUnit
}

/**
 * Reads doccano sequence-labelling JSONL in either export form:
 * `{"text", "label": [[start, end, "L"], …]}` or
 * `{"text", "entities": [{id, label, start_offset, end_offset}], "relations": […]}`.
 * Relations (`from_id` → `to_id`) are read; document categories (`label: ["cat"]`) and
 * comments are reported, not carried.
 */
export function readDoccano(content: string, options: DoccanoReadOptions): ReadResult {
  return readJsonlDocuments(content, {
    source: options.source,
    offsetUnit: options.offsetUnit ?? 'utf16',
    shapeError: 'expected an object with a string "text"',
    readRecord: ({ record, addSpan, addRelation, problem, report }) => {
      const labels = record.label ?? record.labels
      if (labels !== undefined && !Array.isArray(labels)) problem('"label" is not an array')
      for (const [index, item] of (Array.isArray(labels) ? labels : []).entries()) {
        if (typeof item === 'string') report(`category "${item}"`, 'document categories are not spans')
        else if (Array.isArray(item) && item.length === 3) addSpan(`label[${index}]`, item[0], item[1], item[2])
        else problem(`label[${index}]: expected [start, end, "label"]`)
      }
      const entities = record.entities
      if (entities !== undefined && !Array.isArray(entities)) problem('"entities" is not an array')
      for (const [index, entity] of (Array.isArray(entities) ? entities : []).entries()) {
        if (!isJsonObject(entity)) {
          problem(`entities[${index}]: expected an object`)
          continue
        }
        const entityId = entity.id === undefined ? undefined : String(entity.id)
        addSpan(`entities[${index}]`, entity.start_offset, entity.end_offset, entity.label, entityId)
      }
      const entityIds = new Set((Array.isArray(entities) ? entities : []).map((entity) => (isJsonObject(entity) ? String(entity.id) : '')))
      for (const [index, relation] of (Array.isArray(record.relations) ? record.relations : []).entries()) {
        const ends = isJsonObject(relation) ? [relation.from_id, relation.to_id].map((end) => (typeof end === 'number' || typeof end === 'string' ? String(end) : '')) : []
        const [head = '', tail = ''] = ends
        if (!isJsonObject(relation) || typeof relation.type !== 'string' || relation.type === '') {
          problem(`relations[${index}]: expected {"from_id", "to_id", "type"}`)
        } else if (!entityIds.has(head) || !entityIds.has(tail)) {
          problem(`relations[${index}]: ${entityIds.has(head) ? 'to_id' : 'from_id'} ${JSON.stringify(entityIds.has(head) ? relation.to_id : relation.from_id)} is no entity id of the record`)
        } else {
          addRelation({ ...(relation.id === undefined ? {} : { id: String(relation.id) }), type: relation.type, head, tail })
        }
      }
      const comments = record.Comments ?? record.comments
      if (Array.isArray(comments) && comments.length > 0) report(`${comments.length} comment(s)`, 'comments are not carried')
    }
  })
}
