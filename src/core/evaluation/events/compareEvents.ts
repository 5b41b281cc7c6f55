import type { ScoredEvent } from './scoredEvent'

/**
 * The six event measures, in report order. See docs/formats.md "Event measures" for the
 * matching rules; in short, an item matches when its key below is equal:
 * - trigger identification: trigger offsets;
 * - trigger classification: trigger offsets and event type;
 * - argument identification: argument offsets, and its event's trigger offsets and type;
 * - argument classification: the same and the role;
 * - the two `_by_type` variants: as the argument measures, without the trigger offsets
 *   (the literal criterion of Li, Ji & Huang 2013: event type and argument offsets).
 */
export const EVENT_MEASURES = [
  'trigger_identification',
  'trigger_classification',
  'argument_identification',
  'argument_classification',
  'argument_identification_by_type',
  'argument_classification_by_type'
] as const
export type EventMeasure = (typeof EVENT_MEASURES)[number]

export interface MatchCounts {
  tp: number
  fp: number
  fn: number
}

/** Counts of one comparison: per measure, and per group (event type or role) for the two classification measures. */
export interface EventComparison {
  readonly measures: Record<EventMeasure, MatchCounts>
  /** Trigger classification counted per event type (a mis-typed trigger is an fp of its type and an fn of the reference's). */
  readonly perEventType: Map<string, MatchCounts>
  /** Argument classification counted per role. */
  readonly perRole: Map<string, MatchCounts>
}

interface KeyedItem {
  readonly key: string
  readonly group: string
}

export function emptyCounts(): MatchCounts {
  return { tp: 0, fp: 0, fn: 0 }
}

function countsOf(groups: Map<string, MatchCounts>, group: string): MatchCounts {
  let counts = groups.get(group)
  if (!counts) groups.set(group, (counts = emptyCounts()))
  return counts
}

/**
 * One-to-one matching on multisets of keys: a key present twice on one side matches at most
 * twice on the other, so a duplicated prediction is a false positive, not a second hit.
 */
function matchKeys(reference: readonly KeyedItem[], other: readonly KeyedItem[], total: MatchCounts, groups?: Map<string, MatchCounts>): void {
  const remaining = new Map<string, KeyedItem[]>()
  for (const item of reference) {
    const list = remaining.get(item.key) ?? []
    list.push(item)
    remaining.set(item.key, list)
  }
  for (const item of other) {
    const matched = remaining.get(item.key)?.pop()
    const outcome = matched ? 'tp' : 'fp'
    total[outcome]++
    if (groups) countsOf(groups, item.group)[outcome]++
  }
  for (const list of remaining.values()) {
    for (const item of list) {
      total.fn++
      if (groups) countsOf(groups, item.group).fn++
    }
  }
}

// JSON arrays as keys: no separator inside a type or role name can make two keys collide.
function keyedItems(events: readonly ScoredEvent[]): Record<EventMeasure, KeyedItem[]> {
  const items: Record<EventMeasure, KeyedItem[]> = {
    trigger_identification: [],
    trigger_classification: [],
    argument_identification: [],
    argument_classification: [],
    argument_identification_by_type: [],
    argument_classification_by_type: []
  }
  for (const event of events) {
    items.trigger_identification.push({ key: JSON.stringify([event.start, event.end]), group: event.type })
    items.trigger_classification.push({ key: JSON.stringify([event.start, event.end, event.type]), group: event.type })
    for (const argument of event.arguments) {
      const { role, start, end } = argument
      items.argument_identification.push({ key: JSON.stringify([event.start, event.end, event.type, start, end]), group: role })
      items.argument_classification.push({ key: JSON.stringify([event.start, event.end, event.type, start, end, role]), group: role })
      items.argument_identification_by_type.push({ key: JSON.stringify([event.type, start, end]), group: role })
      items.argument_classification_by_type.push({ key: JSON.stringify([event.type, start, end, role]), group: role })
    }
  }
  return items
}

/**
 * Compares the events of one document: `reference` plays the gold (its unmatched items are
 * false negatives), `other` the prediction (its unmatched items are false positives).
 */
export function compareEvents(reference: readonly ScoredEvent[], other: readonly ScoredEvent[]): EventComparison {
  const referenceItems = keyedItems(reference)
  const otherItems = keyedItems(other)
  const perEventType = new Map<string, MatchCounts>()
  const perRole = new Map<string, MatchCounts>()
  const measures = Object.fromEntries(EVENT_MEASURES.map((measure) => [measure, emptyCounts()])) as Record<EventMeasure, MatchCounts>
  for (const measure of EVENT_MEASURES) {
    const groups = measure === 'trigger_classification' ? perEventType : measure === 'argument_classification' ? perRole : undefined
    matchKeys(referenceItems[measure], otherItems[measure], measures[measure], groups)
  }
  return { measures, perEventType, perRole }
}
