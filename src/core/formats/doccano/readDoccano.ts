import type { OffsetUnit } from '../../text'
import { documentIdOf } from '../documentId'
import type { InterchangeSpan, ReadResult } from '../interchange'
import { isJsonObject, parseJsonLines } from '../jsonLines'
import { convertSpanOffsets, createUnitOffsets } from '../unitOffsets'

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
 * Relations, document categories (`label: ["cat"]`) and comments are reported, not carried.
 */
export function readDoccano(content: string, options: DoccanoReadOptions): ReadResult {
  const { source } = options
  const parsed = parseJsonLines(content, source)
  const result: ReadResult = { documents: [], report: [], errors: parsed.errors }
  const seenIds = new Set<string>()

  for (const { line, value } of parsed.lines) {
    const fail = (reason: string): void => {
      result.errors.push({ source, line, reason })
    }
    if (!isJsonObject(value) || typeof value.text !== 'string') {
      fail('expected an object with a string "text"')
      continue
    }
    const id = documentIdOf(value, line)
    if (seenIds.has(id)) {
      fail(`duplicate document id "${id}"`)
      continue
    }
    seenIds.add(id)
    const text = value.text
    const offsets = createUnitOffsets(text, options.offsetUnit ?? 'utf16')
    const spans: InterchangeSpan[] = []
    const problems: string[] = []
    const addSpan = (where: string, start: unknown, end: unknown, label: unknown, spanId?: string): void => {
      if (typeof label !== 'string' || label === '') {
        problems.push(`${where}: label is not a non-empty string`)
        return
      }
      const converted = convertSpanOffsets(offsets, start, end)
      if ('reason' in converted) problems.push(`${where}: ${converted.reason}`)
      else spans.push(spanId === undefined ? { ...converted, label } : { id: spanId, ...converted, label })
    }

    const labels = value.label ?? value.labels
    if (labels !== undefined && !Array.isArray(labels)) problems.push('"label" is not an array')
    for (const [index, item] of (Array.isArray(labels) ? labels : []).entries()) {
      if (typeof item === 'string') {
        result.report.push({ document: id, item: `category "${item}"`, reason: 'document categories are not spans' })
      } else if (Array.isArray(item) && item.length === 3) {
        addSpan(`label[${index}]`, item[0], item[1], item[2])
      } else {
        problems.push(`label[${index}]: expected [start, end, "label"]`)
      }
    }
    const entities = value.entities
    if (entities !== undefined && !Array.isArray(entities)) problems.push('"entities" is not an array')
    for (const [index, entity] of (Array.isArray(entities) ? entities : []).entries()) {
      if (!isJsonObject(entity)) {
        problems.push(`entities[${index}]: expected an object`)
        continue
      }
      const entityId = entity.id === undefined ? undefined : String(entity.id)
      addSpan(`entities[${index}]`, entity.start_offset, entity.end_offset, entity.label, entityId)
    }
    for (const relation of Array.isArray(value.relations) ? value.relations : []) {
      const described = isJsonObject(relation)
        ? `relation ${String(relation.id)} ${String(relation.type)} ${String(relation.from_id)}->${String(relation.to_id)}`
        : `relation ${JSON.stringify(relation)}`
      result.report.push({ document: id, item: described, reason: 'relations are not carried yet (entity spans only)' })
    }
    const comments = value.Comments ?? value.comments
    if (Array.isArray(comments) && comments.length > 0) {
      result.report.push({ document: id, item: `${comments.length} comment(s)`, reason: 'comments are not carried' })
    }
    if (problems.length > 0) {
      fail(`document "${id}": ${problems.join('; ')}`)
      continue
    }
    result.documents.push({ id, text, spans })
  }
  return result
}
