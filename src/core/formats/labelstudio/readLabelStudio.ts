import type { ConversionIssue, FormatError, InterchangeRelation, InterchangeSpan, ReadResult } from '../interchange'
import { isJsonObject } from '../jsonLines'
import { convertSpanOffsets, createUnitOffsets } from '../unitOffsets'

export interface LabelStudioReadOptions {
  /** Names the input in errors. */
  readonly source: string
  /** Which list of each task to read: human `annotations` (default) or model `predictions`. */
  readonly layer?: 'annotations' | 'predictions'
  /** The key of `task.data` holding the text (`$text` in the labeling config): `text` by default. */
  readonly dataKey?: string
}

/**
 * Reads a Label Studio JSON export: an array of tasks `{id, data: {text}, annotations:
 * [{result: [...]}], predictions: [...]}`. Offsets are UTF-16 code units (Label Studio
 * runs in the browser). The first non-cancelled item of the chosen layer is read: its
 * `labels` results become spans and its directed one-label `relation` results relations
 * (`left` read from `to_id` to `from_id`); other annotations of a task, undirected or
 * unlabelled relations and other results are reported. Errors name the
 * task by its index in the array (Label Studio exports are one JSON value, not lines).
 */
export function readLabelStudio(content: string, options: LabelStudioReadOptions): ReadResult {
  const { source } = options
  const layer = options.layer ?? 'annotations'
  const dataKey = options.dataKey ?? 'text'
  const result: ReadResult = { documents: [], report: [], errors: [] }
  let tasks: unknown
  try {
    tasks = JSON.parse(content) as unknown
  } catch (error) {
    result.errors.push({ source, line: 1, reason: `not JSON: ${(error as Error).message}` })
    return result
  }
  if (!Array.isArray(tasks)) tasks = [tasks]
  const seenIds = new Set<string>()

  ;(tasks as unknown[]).forEach((task, taskIndex) => {
    const fail = (reason: string): void => {
      result.errors.push({ source, line: 1, reason: `task [${taskIndex}]: ${reason}` } satisfies FormatError)
    }
    if (!isJsonObject(task) || !isJsonObject(task.data) || typeof task.data[dataKey] !== 'string') {
      fail(`expected {"data": {"${dataKey}": "…"}}`)
      return
    }
    const text = task.data[dataKey] as string
    // writeLabelStudio keeps the document id in data.id; Label Studio's own task id comes next.
    const idSource = [task.data.id, task.id].find((value) => typeof value === 'number' || typeof value === 'string')
    const id = idSource === undefined ? `task-${taskIndex + 1}` : String(idSource)
    if (seenIds.has(id)) {
      fail(`duplicate task id "${id}"`)
      return
    }
    seenIds.add(id)
    const notCarried = (item: string, reason: string): void => {
      result.report.push({ document: id, item, reason } satisfies ConversionIssue)
    }
    const items = Array.isArray(task[layer]) ? (task[layer] as unknown[]) : []
    const usable = items.filter((item) => isJsonObject(item) && item.was_cancelled !== true)
    usable.slice(1).forEach((item, index) => {
      const itemId = isJsonObject(item) ? String(item.id ?? index + 2) : String(index + 2)
      notCarried(`${layer.slice(0, -1)} ${itemId}`, `only the first of ${usable.length} ${layer} of a task is read`)
    })
    const chosen = usable[0]
    const results = isJsonObject(chosen) && Array.isArray(chosen.result) ? chosen.result : []
    const offsets = createUnitOffsets(text, 'utf16')
    const spans: InterchangeSpan[] = []
    const relations: InterchangeRelation[] = []
    const problems: string[] = []
    /** `{type: "relation", from_id, to_id, direction, labels}`: carried when directed and with one label. */
    const readRelation = (entry: Record<string, unknown>, index: number): void => {
      const { from_id: fromId, to_id: toId, direction, labels } = entry
      const item = `relation ${String(fromId)}->${String(toId)}${Array.isArray(labels) && labels.length > 0 ? ` ${labels.join('|')}` : ''}`
      if (typeof fromId !== 'string' || typeof toId !== 'string') return void problems.push(`${layer}[0].result[${index}]: relation without string from_id and to_id`)
      if (direction === 'bi') return notCarried(item, 'undirected (bi) relations are not carried; goldspan relations have a head and a tail')
      if (!Array.isArray(labels) || labels.length !== 1 || typeof labels[0] !== 'string' || labels[0] === '') {
        return notCarried(item, 'a relation needs exactly one label to become a goldspan relation type')
      }
      const [head, tail] = direction === 'left' ? [toId, fromId] : [fromId, toId]
      relations.push({ type: labels[0], head, tail })
    }
    results.forEach((entry: unknown, index: number) => {
      const where = `${layer}[0].result[${index}]`
      if (!isJsonObject(entry)) return problems.push(`${where}: expected an object`)
      if (entry.type === 'relation') return readRelation(entry, index)
      const value = entry.value
      const labels = isJsonObject(value) ? value.labels : undefined
      // HyperText regions (hypertextlabels) address XPath nodes, not offsets in data.text.
      if (!isJsonObject(value) || !Array.isArray(labels) || typeof value.start !== 'number') {
        notCarried(`result ${String(entry.id ?? index)} (${String(entry.type)})`, 'only text spans with labels are carried')
        return
      }
      const converted = convertSpanOffsets(offsets, value.start, value.end)
      if ('reason' in converted) return problems.push(`${where}: ${converted.reason}`)
      const covered = text.slice(converted.start, converted.end)
      if (typeof value.text === 'string' && value.text !== covered) {
        return problems.push(`${where}: text is ${JSON.stringify(value.text)} but start-end cover ${JSON.stringify(covered)}`)
      }
      for (const label of labels) {
        if (typeof label !== 'string' || label === '') return problems.push(`${where}: label is not a non-empty string`)
        const spanId = entry.id === undefined ? undefined : String(entry.id)
        spans.push(spanId === undefined || labels.length > 1 ? { ...converted, label } : { id: spanId, ...converted, label })
      }
    })
    if (problems.length > 0) return fail(`document "${id}": ${problems.join('; ')}`)
    result.documents.push(relations.length > 0 ? { id, text, spans, relations } : { id, text, spans })
  })
  return result
}
