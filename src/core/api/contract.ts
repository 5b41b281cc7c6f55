import { z } from 'zod'
import type { DocumentAnnotations, DocumentStatus } from '../model'
import { DOCUMENT_STATUSES, PROVENANCE_DECISIONS } from '../model'
import { linkDecisionShape, reviewDecisionShape } from '../review'
import type { Schema } from '../schema'
import type { CorpusSearchResult } from '../search'
import { OFFSET_UNITS } from '../text'
import { exportPayload, importExportPayloads, type ImportExportChannelResults } from './importExportChannels'
import type { ReviewDocument, ReviewSummary } from './reviewResults'
import type { ProjectAgreement } from './agreementResults'

/**
 * The one typed contract between the renderer and whatever serves it: the Electron
 * main process (through the preload bridge) or the web-mode server. Both validate
 * every payload with `channelPayloads` before calling the workspace.
 */

export interface DocumentSummary {
  readonly id: string
  readonly status: DocumentStatus
  readonly spanCount: number
  /** Length of the text in UTF-16 code units. */
  readonly length: number
}

/** A file of the project that could not be read; it is reported and left untouched. */
export interface ProjectProblem {
  readonly file: string
  readonly reason: string
}

export interface ProjectSummary {
  readonly dir: string
  readonly name: string
  readonly schema: Schema
  readonly annotator: string
  readonly documents: readonly DocumentSummary[]
  readonly problems: readonly ProjectProblem[]
}

export interface SessionInfo {
  readonly mode: 'desktop' | 'web'
  /** null until the annotator has given a name on this machine. */
  readonly annotator: string | null
  readonly project: ProjectSummary | null
  readonly recentProjects: readonly string[]
  /** The corpus a first run opens (the bundled `seeds/`). */
  readonly defaultCorpus: string
}

export interface OpenedDocument {
  readonly id: string
  readonly text: string
  readonly sha256: string
  readonly annotations: DocumentAnnotations
  /** The version of the annotation file read, which `document:saveChanges` can send its first changes against. */
  readonly revision?: string
  /**
   * Set when this annotator's file for the document exists but cannot be read: the text
   * is shown with no spans and must not be edited, so the file is never overwritten.
   */
  readonly readOnlyReason?: string
}

export interface SaveResult {
  readonly savedAt: string
  /** The version written, which `document:saveChanges` can send its next changes against. */
  readonly revision?: string
}

/** The error code of a `document:saveChanges` whose base is not the file's version: save the whole document instead. */
export const STALE_SAVE_BASE = 'stale-save-base'

export interface ExportResult {
  readonly fileName: string
  /** Where the desktop app wrote it; absent in web mode, which downloads `content`. */
  readonly savedTo?: string
  readonly content?: string
  readonly documentCount: number
  readonly spanCount: number
  /** Documents left out of the export, with why (unreadable, or gold not adjudicated yet). Absent when none. */
  readonly skipped?: readonly ExportSkip[]
  /** What the format could not carry, per item (foreign formats). Absent when nothing was lost. */
  readonly report?: readonly { readonly document: string; readonly item: string; readonly reason: string }[]
}

/** A document an export left out. */
export interface ExportSkip {
  readonly documentId: string
  readonly reason: string
}

/** One document's part in `corpus:annotateAll`: each range labelled, or skipped and why. */
export interface AnnotateAllDocumentResult {
  readonly documentId: string
  readonly added: number
  readonly verdicts: readonly { readonly start: number; readonly end: number; readonly add: boolean; readonly reason?: string }[]
  /** Set when this annotator's file could not be read or written; it was left untouched. */
  readonly error?: string
}

export interface AnnotateAllResult {
  readonly documents: readonly AnnotateAllDocumentResult[]
  readonly added: number
}

const annotatorName = z
  .string()
  .regex(/^[\p{L}\p{N}_.-]{1,64}$/u, 'must be 1–64 letters, digits, "_", "-" or "."')
  .refine((name) => name !== 'gold' && !/^\.+$/.test(name), 'is reserved')

const id = z.string().min(1).max(64)

/** Attribute values by name; names are schema names, values a listed value or free text. */
const attributesPayload = z.record(z.string().min(1).max(64), z.string().max(2000))

const spanPayload = z
  .object({
    id,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    label: z.string().min(1).max(64),
    annotator: z.string().min(1).max(64),
    created: z.string().max(40),
    updated: z.string().max(40),
    attributes: attributesPayload.optional(),
    arguments: z.array(z.object({ role: z.string().min(1).max(64), ref: id }).strict()).optional(),
    provenance: z
      .object({
        agreedBy: z.array(z.string().min(1).max(64)),
        adjudicator: z.string().min(1).max(64),
        decidedAt: z.string().max(40),
        decision: z.enum(PROVENANCE_DECISIONS)
      })
      .strict()
      .optional(),
    suggestedBy: z.object({ model: z.string().min(1).max(64), suggestion: z.string().min(1).max(200) }).strict().optional()
  })
  .strict()

const relationPayload = z.object({ id, type: z.string().min(1).max(64), head: id, tail: id }).strict()

const annotationsHeader = {
  documentId: z.string().min(1).max(256),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  annotator: z.string().min(1).max(64),
  status: z.enum(DOCUMENT_STATUSES),
  offsetUnit: z.literal('utf16')
}

/** Version 1 files had spans only (no attributes, arguments or relations). */
const annotationsVersion1 = z
  .object({
    version: z.literal(1),
    ...annotationsHeader,
    spans: z.array(spanPayload.omit({ attributes: true, arguments: true, provenance: true, suggestedBy: true }).strict())
  })
  .strict()

const annotationsVersion2 = z
  .object({
    version: z.literal(2),
    ...annotationsHeader,
    spans: z.array(spanPayload),
    relations: z.array(relationPayload),
    rejectedSuggestions: z.array(z.string().min(1).max(200)).optional()
  })
  .strict()

/**
 * An annotation file's content (or a save payload), version 1 or 2; always comes out as
 * the current version: a version-1 value gains `relations: []`. Reading migrates in
 * memory only; the file is rewritten when the annotator next saves.
 */
export const documentAnnotationsShape = z
  .discriminatedUnion('version', [annotationsVersion1, annotationsVersion2])
  .transform((annotations): DocumentAnnotations => (annotations.version === 2 ? annotations : { ...annotations, version: 2, relations: [] }))

const path = z.string().min(1).max(4096)

const searchOptionsPayload = z.object({ caseSensitive: z.boolean(), accentSensitive: z.boolean(), wholeWord: z.boolean(), regex: z.boolean() }).strict()
const rangePayload = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).strict()

/** The annotation formats of the Import and Export dialogs (brat is a folder, the others one file). */
export const ANNOTATION_FORMATS = ['goldspan', 'doccano', 'spacy', 'conll', 'labelstudio', 'brat'] as const
export type AnnotationFormat = (typeof ANNOTATION_FORMATS)[number]

/** Payload validators, one per channel. The keys are the channel names. */
export const channelPayloads = {
  'session:get': z.object({}).strict(),
  'session:setAnnotator': z.object({ name: annotatorName }).strict(),
  'project:openCorpus': z.object({ path }).strict(),
  'project:open': z.object({ dir: path }).strict(),
  'document:open': z.object({ documentId: z.string().min(1).max(256) }).strict(),
  'document:save': z.object({ annotations: documentAnnotationsShape }).strict(),
  // The document as it is now, except that `spans` holds only the spans added or changed since revision `base`.
  'document:saveChanges': z.object({ base: z.string().min(1).max(200), annotations: documentAnnotationsShape, removedSpanIds: z.array(id) }).strict(),
  'project:export': exportPayload,
  'corpus:search': z.object({ query: z.string().min(1).max(1000), options: searchOptionsPayload, limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  'corpus:annotateAll': z
    .object({
      label: z.string().min(1).max(64),
      documents: z.array(z.object({ documentId: z.string().min(1).max(256), ranges: z.array(rangePayload).max(100_000) }).strict()).max(100_000),
      dryRun: z.boolean().optional()
    })
    .strict(),
  ...importExportPayloads,
  'review:summary': z.object({ annotators: z.array(annotatorName).max(64) }).strict(),
  'review:document': z.object({ documentId: z.string().min(1).max(256), annotators: z.array(annotatorName).min(2).max(64) }).strict(),
  'review:save': z.object({ gold: documentAnnotationsShape, decisions: z.array(reviewDecisionShape), links: z.array(linkDecisionShape).optional() }).strict(),
  // Fewer than two annotators answers only the list to choose from.
  'agreement:report': z.object({ annotators: z.array(annotatorName).max(64) }).strict()
} as const

export type Channel = keyof typeof channelPayloads
export type ChannelPayload<C extends Channel> = z.output<(typeof channelPayloads)[C]>

/** What each channel answers. */
export interface ChannelResults extends ImportExportChannelResults {
  'session:get': SessionInfo
  'session:setAnnotator': SessionInfo
  'project:openCorpus': ProjectSummary
  'project:open': ProjectSummary
  'document:open': OpenedDocument
  'document:save': SaveResult
  'document:saveChanges': SaveResult
  'project:export': ExportResult
  'corpus:search': CorpusSearchResult
  'corpus:annotateAll': AnnotateAllResult
  'review:summary': ReviewSummary
  'review:document': ReviewDocument
  'review:save': SaveResult
  'agreement:report': ProjectAgreement
}

/** Errors cross the bridge as data: Electron keeps only the message of a thrown error. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } }

/** The API the renderer sees, identical in desktop and web mode. */
export type GoldspanApi = {
  [C in Channel]: (payload: ChannelPayload<C>) => Promise<ChannelResults[C]>
}

/** Commands the desktop menu sends to the renderer (the web mode has buttons for them). */
/** `job-started`: the main process started a job (e.g. opening a corpus chosen in the menu); `job:status` of `latest` finds it. */
export const MENU_COMMANDS = ['undo', 'redo', 'next-document', 'previous-document', 'export', 'project-changed', 'job-started'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]
