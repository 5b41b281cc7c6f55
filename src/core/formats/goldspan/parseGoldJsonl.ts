import type { z } from 'zod'
import type { Schema } from '../../schema'
import { checkGoldRecord } from './checkGoldRecord'
import { GOLD_FORMAT_VERSION, goldRecordShape, type GoldRecord } from './goldRecord'

/** A line of a goldspan file that could not be accepted. `line` counts from 1. */
export interface GoldProblem {
  readonly file: string
  readonly line: number
  readonly reason: string
}

export interface GoldParseOptions {
  /** sha256 of the UTF-8 text, lowercase hex; when given, each record's `sha256` is checked. */
  readonly hashText?: (text: string) => string
  /** When given, entity labels and event types must be declared by it, each in its kind. */
  readonly schema?: Schema
}

export interface GoldParseResult {
  /** The records with no problem, in file order. */
  readonly records: GoldRecord[]
  /** The line numbers of `records`, index for index. */
  readonly recordLines: number[]
  readonly problems: GoldProblem[]
}

/** `entities[2].start: missing`, the way zod issues read in a problem line. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('')
  const missing = issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined
  return `${path.replace(/^\./, '') || '(record)'}: ${missing ? 'missing' : issue.message}`
}

/** A newer file must fail with that said, not with a list of unknown fields. */
function findNewerVersion(value: unknown): number | null {
  if (typeof value !== 'object' || value === null) return null
  const meta = (value as { meta?: unknown }).meta
  if (typeof meta !== 'object' || meta === null) return null
  const version = (meta as { format_version?: unknown }).format_version
  return typeof version === 'number' && version > GOLD_FORMAT_VERSION ? version : null
}

/** Parses one line: the record when it has the right shape (even if unsound), and every reason to refuse it. */
function parseLine(line: string, options: GoldParseOptions): { record?: GoldRecord; problems: string[] } {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return { problems: [`invalid JSON: ${(error as Error).message}`] }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problems: ['not a JSON object'] }
  const newer = findNewerVersion(value)
  if (newer !== null) {
    return { problems: [`format_version ${newer} is newer than this reader (${GOLD_FORMAT_VERSION}); update Goldspan`] }
  }
  const shaped = goldRecordShape.safeParse(value, { reportInput: true })
  if (!shaped.success) return { problems: shaped.error.issues.map(describeIssue) }
  const record = shaped.data
  const problems = checkGoldRecord(record, options.schema)
  if (options.hashText) {
    const actual = options.hashText(record.text)
    if (actual !== record.sha256) problems.push(`sha256 ${record.sha256} does not match the text (its sha256 is ${actual})`)
  }
  return { record, problems }
}

/**
 * Reads goldspan JSONL. Never throws on bad content: every refused line yields one
 * problem per reason (bad JSON, missing or mistyped fields, offsets outside the text or
 * not matching the quoted text in the stated unit, duplicate span or document ids,
 * sha256 mismatch). Empty lines are allowed only at the end of the file.
 */
export function parseGoldJsonl(content: string, fileName: string, options: GoldParseOptions = {}): GoldParseResult {
  const records: GoldRecord[] = []
  const recordLines: number[] = []
  const problems: GoldProblem[] = []
  const firstLineOfId = new Map<string, number>()
  const lines = content.split('\n')
  const lastContentIndex = lines.findLastIndex((line) => line.trim() !== '')

  lines.forEach((line, index) => {
    const lineNumber = index + 1
    const report = (reason: string): void => {
      problems.push({ file: fileName, line: lineNumber, reason })
    }
    if (line.trim() === '') {
      if (index < lastContentIndex) report('empty line')
      return
    }
    const { record, problems: reasons } = parseLine(line, options)
    if (record) {
      const firstLine = firstLineOfId.get(record.id)
      if (firstLine !== undefined) reasons.push(`duplicate document id "${record.id}" (first on line ${firstLine})`)
      else firstLineOfId.set(record.id, lineNumber)
    }
    reasons.forEach(report)
    if (record && reasons.length === 0) {
      records.push(record)
      recordLines.push(lineNumber)
    }
  })
  return { records, recordLines, problems }
}

/** `file:line: reason`, the form the CLI prints. */
export function formatGoldProblem(problem: GoldProblem): string {
  return `${problem.file}:${problem.line}: ${problem.reason}`
}
