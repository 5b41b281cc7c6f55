import { z } from 'zod'
import type { Suggestion } from '../model'
import { OFFSET_UNITS } from '../text'
import type { AnnotationFormat, ExportResult, ProjectProblem, ProjectSummary } from './contract'

/**
 * The channels of pre-annotation, the Import dialog and long-running jobs (corpus import,
 * export, import of annotations) with progress and cancel. Spread into `channelPayloads`
 * and `ChannelResults` of the contract.
 */

/** What an imported file becomes: the annotator's own work, or suggestions from a named model. */
export type ImportTarget = { readonly annotator: string; readonly replace: boolean } | { readonly model: string }

/** What an import did, or why it wrote nothing. */
export interface ImportReport {
  /** The format the file was read as (the one chosen, or the one recognised). */
  readonly format: AnnotationFormat
  /** False when any problem was found: then nothing at all was written. */
  readonly written: boolean
  readonly documentCount: number
  /** Spans (or suggestions) written. */
  readonly spanCount: number
  /** Malformed or refused input, each `file:line: reason`. */
  readonly problems: readonly string[]
  /** What the format could not carry, per item. */
  readonly report: readonly { readonly document: string; readonly item: string; readonly reason: string }[]
}

export interface DocumentSuggestions {
  /** Every model's suggestions on the document (decided ones included: the annotator's file says which). */
  readonly suggestions: readonly Suggestion[]
  /** Suggestion files that could not be read, left as they are. */
  readonly problems: readonly ProjectProblem[]
}

/** Where a job stands; `done`/`total` count files or documents (total null while unknown). */
export interface JobStatus {
  readonly id: string
  readonly kind: JobKind
  readonly state: 'running' | 'done' | 'failed' | 'cancelled'
  readonly done: number
  readonly total: number | null
  /** What it is doing now, e.g. "reading 1200/5000 files". */
  readonly phase: string
  /** Set when `state` is done. */
  readonly result?: JobResult
  /** Set when `state` is failed. */
  readonly error?: { readonly code: string; readonly message: string }
}

/** This annotator's spans per label in each document (documents without a readable file count none). */
export interface LabelCounts {
  readonly documents: readonly { readonly documentId: string; readonly labels: Readonly<Record<string, number>> }[]
}

export const JOB_KINDS = ['openCorpus', 'export', 'import'] as const
export type JobKind = (typeof JOB_KINDS)[number]
export type JobResult =
  | { readonly kind: 'openCorpus'; readonly value: ProjectSummary }
  | { readonly kind: 'export'; readonly value: ExportResult }
  | { readonly kind: 'import'; readonly value: ImportReport }

const name = z
  .string()
  .regex(/^[\p{L}\p{N}_.-]{1,64}$/u, 'must be 1–64 letters, digits, "_", "-" or "."')
  .refine((value) => value !== 'gold' && !/^\.+$/.test(value), 'is reserved')
const path = z.string().min(1).max(4096)
const formats = ['goldspan', 'doccano', 'spacy', 'conll', 'labelstudio', 'brat'] as const satisfies readonly AnnotationFormat[]

/** `project:import`: a file (a folder for brat) in a format (or `auto`), as the annotator's work or a model's suggestions. */
export const importPayload = z
  .object({
    path,
    format: z.enum([...formats, 'auto']),
    target: z.union([z.object({ annotator: z.literal(true), replace: z.boolean() }).strict(), z.object({ model: name }).strict()])
  })
  .strict()

/** `project:export`: a format, the offset unit (goldspan only), the layer, and optionally where to write. */
export const exportPayload = z
  .object({
    format: z.enum(formats),
    offsetUnit: z.enum(OFFSET_UNITS as [string, ...string[]]).transform((unit) => unit as 'codepoint' | 'utf16'),
    layer: z.union([z.object({ annotator: name }).strict(), z.object({ gold: z.literal(true) }).strict()]),
    /** A file path (a folder for brat) on the machine running Goldspan; without it, desktop asks and web downloads. */
    destination: path.optional()
  })
  .strict()

/** A job's id, or `latest` for the job started last (one the main process started from the menu). */
const jobId = z.union([z.string().regex(/^job-\d{1,9}$/), z.literal('latest')])

export const importExportPayloads = {
  'project:import': importPayload,
  'suggestions:get': z.object({ documentId: z.string().min(1).max(256) }).strict(),
  'job:start': z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('openCorpus'), path }).strict(),
    z.object({ kind: z.literal('export'), request: exportPayload }).strict(),
    z.object({ kind: z.literal('import'), request: importPayload }).strict()
  ]),
  'job:status': z.object({ jobId }).strict(),
  'job:cancel': z.object({ jobId }).strict(),
  'project:labelCounts': z.object({}).strict()
} as const

export interface ImportExportChannelResults {
  'project:import': ImportReport
  'suggestions:get': DocumentSuggestions
  'job:start': JobStatus
  'job:status': JobStatus
  'project:labelCounts': LabelCounts
  'job:cancel': JobStatus
}
