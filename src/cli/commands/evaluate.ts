import { createReadStream } from 'node:fs'
import type { Command } from 'commander'
import {
  SEMEVAL_SCHEMES,
  conllevalLines,
  conllevalScores,
  createConllevalScorer,
  createEntityScorer,
  createEventScorer,
  eventsFromGoldRecord,
  formatConllevalReport,
  formatEventScores,
  type ConllevalCounts,
  type EntityEvaluation,
  type EventScores,
  type ScoredEvent,
  type ScoredEntity,
  type ScoresByScheme
} from '../../core/evaluation'
import { formatGoldProblem, parseGoldJsonl, type GoldProblem, type GoldRecord } from '../../core/formats'
import { goldRecordToInterchange } from '../../core/formats/goldRecordInterchange'
import type { ConversionIssue } from '../../core/formats/interchange'
import { sha256Hex } from '../../core/node'
import { CliError, usageError } from '../cliError'

interface EvaluateOptions {
  gold?: string
  pred?: string
  conll?: string
  json?: boolean
  byLabel?: boolean
  conlleval?: boolean
  bioes?: boolean
}

/** Lines of a UTF-8 file, decoded strictly and read chunk by chunk so memory stays flat. */
async function* readLines(path: string): AsyncGenerator<{ text: string; number: number }> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
  let pending = ''
  let number = 0
  let bytesRead = 0
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      try {
        pending += decoder.decode(chunk, { stream: true })
      } catch {
        throw new CliError(`${path}: invalid UTF-8 within bytes ${bytesRead}-${bytesRead + chunk.length}`)
      }
      bytesRead += chunk.length
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const text of lines) yield { text, number: ++number }
    }
  } catch (error) {
    if (error instanceof CliError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new CliError(`${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
  }
  pending += decoder.decode()
  if (pending !== '') yield { text: pending, number: ++number }
}

/** Entities of a record in UTF-16 offsets, whatever its offset_unit, so gold and predictions compare. */
function entitiesInUtf16(record: GoldRecord): ScoredEntity[] {
  return goldRecordToInterchange(record).document.spans.map(({ start, end, label }) => ({ start, end, label }))
}

/** Each valid record of a goldspan JSONL file, streamed; refused lines go to `problems`. */
async function* readGoldRecords(path: string, problems: GoldProblem[]): AsyncGenerator<{ record: GoldRecord; line: number }> {
  const firstLineOfId = new Map<string, number>()
  for await (const { text, number } of readLines(path)) {
    if (text.trim() === '') continue
    const parsed = parseGoldJsonl(text, path, { hashText: sha256Hex })
    problems.push(...parsed.problems.map((problem) => ({ ...problem, line: number })))
    for (const record of parsed.records) {
      const first = firstLineOfId.get(record.id)
      if (first !== undefined) {
        problems.push({ file: path, line: number, reason: `duplicate document id "${record.id}" (first on line ${first})` })
        continue
      }
      firstLineOfId.set(record.id, number)
      yield { record, line: number }
    }
  }
}

interface Prediction {
  readonly sha256: string
  readonly line: number
  readonly entities: ScoredEntity[]
  readonly events: ScoredEvent[]
  matched: boolean
}

interface Evaluation {
  entities: EntityEvaluation
  conlleval: ConllevalCounts | null
  notCarried: ConversionIssue[]
  unpredicted: string[]
  events: EventScores
}

/**
 * Streams gold against predictions. Predictions are held by document id as spans and events only
 * (no text), gold is never held: memory grows with the number of predicted spans.
 */
async function evaluateFiles(goldPath: string, predPath: string, options: EvaluateOptions): Promise<Evaluation> {
  const problems: GoldProblem[] = []
  const predictions = new Map<string, Prediction>()
  for await (const { record, line } of readGoldRecords(predPath, problems)) {
    predictions.set(record.id, { sha256: record.sha256, line, entities: entitiesInUtf16(record), events: eventsFromGoldRecord(record), matched: false })
  }
  const scorer = createEntityScorer()
  const eventScorer = createEventScorer()
  const conll = options.conlleval ? createConllevalScorer(`${goldPath} vs ${predPath}`, { bioes: options.bioes }) : null
  const notCarried: ConversionIssue[] = []
  const unpredicted: string[] = []
  for await (const { record, line } of readGoldRecords(goldPath, problems)) {
    const prediction = predictions.get(record.id)
    if (prediction && prediction.sha256 !== record.sha256) {
      problems.push({ file: predPath, line: prediction.line, reason: `document "${record.id}": sha256 ${prediction.sha256} differs from ${goldPath}:${line} (${record.sha256}); not the same text` })
      continue
    }
    if (prediction) prediction.matched = true
    else unpredicted.push(record.id)
    const gold = entitiesInUtf16(record)
    const predicted = prediction?.entities ?? []
    scorer.addDocument(gold, predicted)
    eventScorer.addDocument(eventsFromGoldRecord(record), prediction?.events ?? [])
    if (conll) {
      for (const text of conllevalLines({ id: record.id, text: record.text, spans: gold }, predicted, notCarried)) conll.addLine(text)
    }
  }
  for (const [id, prediction] of predictions) {
    if (!prediction.matched && !problems.some((problem) => problem.line === prediction.line && problem.file === predPath)) {
      problems.push({ file: predPath, line: prediction.line, reason: `document "${id}" is not in ${goldPath}` })
    }
  }
  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`${formatGoldProblem(problem)}\n`)
    throw new CliError(`${problems.length} problem(s) in the input files; nothing scored`)
  }
  return { entities: scorer.result(), conlleval: conll ? conll.counts() : null, notCarried, unpredicted, events: eventScorer.result() }
}

const COLUMNS = ['correct', 'incorrect', 'partial', 'missed', 'spurious', 'possible', 'actual'] as const

function formatSchemeTable(scores: ScoresByScheme): string {
  const header = ['scheme  ', ...COLUMNS.map((column) => column.padStart(9)), 'precision', '   recall', '       f1'].join(' ')
  const rows = SEMEVAL_SCHEMES.map((scheme) => {
    const row = scores[scheme]
    const counts = COLUMNS.map((column) => String(row[column]).padStart(9))
    const ratios = [row.precision, row.recall, row.f1].map((value) => value.toFixed(4).padStart(9))
    return [scheme.padEnd(8), ...counts, ...ratios].join(' ')
  })
  return [header, ...rows].join('\n')
}

function formatEntityReport(evaluation: EntityEvaluation, byLabel: boolean): string {
  const macro = SEMEVAL_SCHEMES.map(
    (scheme) => `${scheme.padEnd(8)} P ${evaluation.macro[scheme].precision.toFixed(4)}  R ${evaluation.macro[scheme].recall.toFixed(4)}  F1 ${evaluation.macro[scheme].f1.toFixed(4)}`
  )
  const parts = [`${evaluation.documents} document(s); entities, SemEval-2013 9.1 schemes (micro)`, formatSchemeTable(evaluation.micro), '', `macro average over ${evaluation.byLabel.length} label(s)`, ...macro]
  if (byLabel) {
    for (const { label, scores } of evaluation.byLabel) parts.push('', `label ${label}`, formatSchemeTable(scores))
  }
  return `${parts.join('\n')}\n`
}

/** Notes on what was not scored, on stderr so that stdout stays the report. */
function printNotes(evaluation: Evaluation): void {
  if (evaluation.unpredicted.length > 0) {
    process.stderr.write(`goldspan: ${evaluation.unpredicted.length} gold document(s) have no prediction and count as predicting nothing: ${evaluation.unpredicted.slice(0, 5).join(', ')}${evaluation.unpredicted.length > 5 ? ', …' : ''}\n`)
  }
  for (const issue of evaluation.notCarried) process.stderr.write(`goldspan: not scored by conlleval: ${issue.document}: ${issue.item}: ${issue.reason}\n`)
}

async function scoreConllFile(path: string, options: EvaluateOptions): Promise<void> {
  const scorer = createConllevalScorer(path, { bioes: options.bioes })
  try {
    for await (const { text } of readLines(path)) scorer.addLine(text)
  } catch (error) {
    throw error instanceof CliError ? error : new CliError((error as Error).message)
  }
  const counts = scorer.counts()
  process.stdout.write(options.json ? `${JSON.stringify({ conlleval: { ...counts, ...conllevalScores(counts) } }, null, 2)}\n` : formatConllevalReport(counts))
}

export function registerEvaluateCommand(program: Command): void {
  program
    .command('evaluate')
    .description('score predictions against gold: SemEval-2013 9.1 entity schemes and ACE-style event measures, or conlleval')
    .option('--gold <file>', 'gold goldspan JSONL')
    .option('--pred <file>', 'predicted goldspan JSONL (documents matched by id; sha256 must agree)')
    .option('--conll <file>', 'score a CoNLL file of "token … gold predicted" lines with conlleval (no --gold/--pred)')
    .option('--json', 'print the scores as JSON')
    .option('--by-label', 'add per-label tables (and events per type and per role)')
    .option('--conlleval', 'score gold and predictions as conlleval.pl would, after BIO tagging')
    .option('--bioes', 'with conlleval: map S-/E- to B-/I- first, so BIOES is scored by its chunks')
    .addHelpText(
      'after',
      '\nEntity spans are scored under the strict, exact, partial and type schemes (correct, incorrect,\n' +
        'partial, missed, spurious; micro and macro P/R/F1); events by trigger identification and\n' +
        'classification and argument identification and classification (tp, fp, fn, P/R/F1, micro), as\n' +
        'docs/formats.md describes. Exit code 1 on bad input (every problem printed as file:line: reason).'
    )
    .action(async (options: EvaluateOptions) => {
      if (options.conll) {
        if (options.gold || options.pred) throw usageError('--conll scores one file; do not combine it with --gold/--pred')
        return scoreConllFile(options.conll, options)
      }
      if (!options.gold || !options.pred) throw usageError('evaluate needs --gold <file> and --pred <file> (or --conll <file>)')
      const evaluation = await evaluateFiles(options.gold, options.pred, options)
      printNotes(evaluation)
      if (options.json) {
        const conlleval = evaluation.conlleval ? { ...evaluation.conlleval, ...conllevalScores(evaluation.conlleval) } : undefined
        const entities = options.byLabel ? evaluation.entities : { ...evaluation.entities, byLabel: undefined }
        process.stdout.write(`${JSON.stringify({ entities, events: evaluation.events, conlleval }, null, 2)}\n`)
        return
      }
      if (evaluation.conlleval) {
        process.stdout.write(formatConllevalReport(evaluation.conlleval))
        return
      }
      process.stdout.write(`${formatEntityReport(evaluation.entities, options.byLabel === true)}\n${formatEventScores(evaluation.events, options.byLabel === true)}`)
    })
}
