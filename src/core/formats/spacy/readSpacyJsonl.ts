import type { ReadResult } from '../interchange'
import { isJsonObject } from '../jsonLines'
import { readJsonlDocuments } from '../readJsonlDocuments'

/**
 * Reads spaCy-style JSONL. Each line is `{"text", "entities": [[start, end, "L"], …]}`,
 * `{"text", "ents": [{"start", "end", "label"}, …]}`, or spaCy v2's training pair
 * `["text", {"entities": […]}]`. Offsets are Python character offsets: code points.
 */
export function readSpacyJsonl(content: string, source: string): ReadResult {
  return readJsonlDocuments(content, {
    source,
    offsetUnit: 'codepoint',
    shapeError: 'expected {"text", "entities" | "ents"} or ["text", {"entities"}]',
    toRecord: (value) => (Array.isArray(value) && value.length === 2 && isJsonObject(value[1]) ? { text: value[0] as unknown, ...value[1] } : value),
    readRecord: ({ record, addSpan, problem, report }) => {
      const { entities, ents } = record
      if (entities !== undefined && !Array.isArray(entities)) problem('"entities" is not an array')
      for (const [index, entity] of (Array.isArray(entities) ? entities : []).entries()) {
        if (Array.isArray(entity) && entity.length === 3) addSpan(`entities[${index}]`, entity[0], entity[1], entity[2])
        else problem(`entities[${index}]: expected [start, end, "label"]`)
      }
      if (ents !== undefined && !Array.isArray(ents)) problem('"ents" is not an array')
      for (const [index, entity] of (Array.isArray(ents) ? ents : []).entries()) {
        if (isJsonObject(entity)) addSpan(`ents[${index}]`, entity.start, entity.end, entity.label)
        else problem(`ents[${index}]: expected {"start", "end", "label"}`)
      }
      for (const key of ['cats', 'spans', 'links', 'relations'] as const) {
        if (record[key] !== undefined) report(`"${key}"`, `spaCy ${key} are not carried (entities only)`)
      }
    }
  })
}
