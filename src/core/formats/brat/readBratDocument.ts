import type { ConversionIssue, FormatError, InterchangeSpan, ReadResult } from '../interchange'
import { createUnitOffsets, type UnitOffsets } from '../unitOffsets'

export interface BratDocumentInput {
  /** Document id, usually the file name without `.txt`/`.ann`. */
  readonly id: string
  /** Content of the `.txt` file, exactly as read. */
  readonly text: string
  /** Content of the `.ann` file. */
  readonly ann: string
  /** Names the `.ann` file in errors. */
  readonly annSource: string
}

/** What goldspan cannot carry yet, per brat annotation kind (first character of the id). */
const NOT_CARRIED: Readonly<Record<string, string>> = {
  E: 'events are not carried yet (entity spans only); the trigger is kept as a span',
  R: 'relations are not carried yet',
  '*': 'equivalence sets are not carried',
  A: 'attributes are not carried yet',
  M: 'attributes (modifiers) are not carried yet',
  N: 'normalizations (links to external databases) are not carried',
  '#': 'annotator notes are not carried'
}

type Fragment = readonly [number, number]

/** Parses `0 5;8 12` into code point pairs, or returns the reason it is malformed. */
function parseFragments(field: string): Fragment[] | string {
  const fragments: Fragment[] = []
  for (const part of field.split(';')) {
    const match = /^(\d+) (\d+)$/.exec(part.trim())
    if (!match) return `malformed offsets "${part}"`
    const start = Number(match[1])
    const end = Number(match[2])
    if (end <= start) return `fragment ${start} ${end} is empty or reversed`
    fragments.push([start, end])
  }
  return fragments
}

/**
 * A multi-line selection is stored by brat as one fragment per line. Fragments whose
 * gaps hold only line breaks are one contiguous span and are merged back.
 */
function mergeAcrossLineBreaks(fragments: Fragment[], codePoints: readonly string[]): Fragment[] {
  const merged: Fragment[] = []
  for (const fragment of fragments) {
    const last = merged[merged.length - 1]
    const gap = last ? codePoints.slice(last[1], fragment[0]) : []
    if (last && fragment[0] >= last[1] && gap.length > 0 && gap.every((char) => char === '\n' || char === '\r')) {
      merged[merged.length - 1] = [last[0], fragment[1]]
    } else {
      merged.push(fragment)
    }
  }
  return merged
}

/**
 * Reads one brat standoff document (`.txt` + `.ann`). Offsets in `.ann` are code
 * points (brat is Python). `T` lines become spans, after checking their quoted text;
 * discontinuous `T` spans, `E`, `R`, `*`, `A`/`M`, `N` and `#` lines are reported as
 * not carried. A malformed line is an error naming the `.ann` line and is skipped.
 */
export function readBratDocument(input: BratDocumentInput): ReadResult {
  const { id, text, annSource } = input
  const offsets: UnitOffsets = createUnitOffsets(text, 'codepoint')
  const codePoints = Array.from(text)
  const spans: InterchangeSpan[] = []
  const report: ConversionIssue[] = []
  const errors: FormatError[] = []
  const seenIds = new Set<string>()

  input.ann.split('\n').forEach((rawLine, index) => {
    const line = rawLine.replace(/\r$/, '')
    if (line.trim() === '') return
    const fail = (reason: string): void => {
      errors.push({ source: annSource, line: index + 1, reason })
    }
    const [annotationId = '', body = '', ...rest] = line.split('\t')
    // The quoted text may itself hold tabs.
    const quoted = rest.length > 0 ? rest.join('\t') : undefined
    const kind = annotationId.charAt(0)
    if (annotationId !== '*' && seenIds.has(annotationId)) return fail(`duplicate annotation id "${annotationId}"`)
    seenIds.add(annotationId)

    if (kind !== 'T') {
      const reason = NOT_CARRIED[kind]
      if (!reason || body === '') return fail(`unknown annotation line "${line}"`)
      report.push({ document: id, item: line.replace(/\t/g, ' '), reason })
      return
    }
    const firstSpace = body.indexOf(' ')
    const label = body.slice(0, firstSpace)
    const fragments = firstSpace > 0 ? parseFragments(body.slice(firstSpace + 1)) : 'missing offsets'
    if (typeof fragments === 'string') return fail(`${annotationId}: ${fragments}`)
    if (fragments.some(([, end]) => end > codePoints.length)) {
      return fail(`${annotationId}: offsets ${body.slice(firstSpace + 1)} are outside the text (length ${codePoints.length} code points)`)
    }
    const actual = fragments.map(([start, end]) => codePoints.slice(start, end).join('')).join(' ')
    if (quoted !== undefined && quoted !== actual) {
      return fail(`${annotationId}: text is ${JSON.stringify(quoted)} but the offsets cover ${JSON.stringify(actual)}`)
    }
    const merged = mergeAcrossLineBreaks(fragments, codePoints)
    const [first] = merged
    if (!first || merged.length > 1) {
      report.push({
        document: id,
        item: line.replace(/\t/g, ' '),
        reason: `discontinuous span (${merged.length} fragments) cannot be carried by goldspan`
      })
      return
    }
    spans.push({ id: annotationId, start: offsets.toUtf16(first[0]), end: offsets.toUtf16(first[1]), label })
  })
  return { documents: [{ id, text, spans }], report, errors }
}
