import { documentIdOf } from '../documentId'
import type { InterchangeSpan, ReadResult } from '../interchange'
import { isJsonObject, parseJsonLines } from '../jsonLines'
import { convertSpanOffsets, createUnitOffsets } from '../unitOffsets'

/**
 * Reads spaCy-style JSONL. Each line is `{"text", "entities": [[start, end, "L"], …]}`,
 * `{"text", "ents": [{"start", "end", "label"}, …]}`, or spaCy v2's training pair
 * `["text", {"entities": […]}]`. Offsets are Python character offsets: code points.
 */
export function readSpacyJsonl(content: string, source: string): ReadResult {
  const parsed = parseJsonLines(content, source)
  const result: ReadResult = { documents: [], report: [], errors: parsed.errors }
  const seenIds = new Set<string>()

  for (const { line, value } of parsed.lines) {
    const fail = (reason: string): void => {
      result.errors.push({ source, line, reason })
    }
    const record = Array.isArray(value) && value.length === 2 && isJsonObject(value[1])
      ? { text: value[0] as unknown, ...value[1] }
      : value
    if (!isJsonObject(record) || typeof record.text !== 'string') {
      fail('expected {"text", "entities" | "ents"} or ["text", {"entities"}]')
      continue
    }
    const id = documentIdOf(record, line)
    if (seenIds.has(id)) {
      fail(`duplicate document id "${id}"`)
      continue
    }
    seenIds.add(id)
    const text = record.text
    const offsets = createUnitOffsets(text, 'codepoint')
    const spans: InterchangeSpan[] = []
    const problems: string[] = []
    const addSpan = (where: string, start: unknown, end: unknown, label: unknown): void => {
      if (typeof label !== 'string' || label === '') {
        problems.push(`${where}: label is not a non-empty string`)
        return
      }
      const converted = convertSpanOffsets(offsets, start, end)
      if ('reason' in converted) problems.push(`${where}: ${converted.reason}`)
      else spans.push({ ...converted, label })
    }
    const { entities, ents } = record
    if (entities !== undefined && !Array.isArray(entities)) problems.push('"entities" is not an array')
    for (const [index, entity] of (Array.isArray(entities) ? entities : []).entries()) {
      if (Array.isArray(entity) && entity.length === 3) addSpan(`entities[${index}]`, entity[0], entity[1], entity[2])
      else problems.push(`entities[${index}]: expected [start, end, "label"]`)
    }
    if (ents !== undefined && !Array.isArray(ents)) problems.push('"ents" is not an array')
    for (const [index, entity] of (Array.isArray(ents) ? ents : []).entries()) {
      if (isJsonObject(entity)) addSpan(`ents[${index}]`, entity.start, entity.end, entity.label)
      else problems.push(`ents[${index}]: expected {"start", "end", "label"}`)
    }
    for (const key of ['cats', 'spans', 'links', 'relations'] as const) {
      if (record[key] !== undefined) {
        result.report.push({ document: id, item: `"${key}"`, reason: `spaCy ${key} are not carried (entities only)` })
      }
    }
    if (problems.length > 0) {
      fail(`document "${id}": ${problems.join('; ')}`)
      continue
    }
    result.documents.push({ id, text, spans })
  }
  return result
}
