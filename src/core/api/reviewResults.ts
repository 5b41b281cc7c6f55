import type { DocumentAnnotations, DocumentStatus } from '../model'
import type { LinkDecision, ReviewDecision, ReviewGroup } from '../review'
import type { ProjectProblem } from './contract'

/** One document of the review list: its units by group and how many are decided. */
export interface ReviewDocumentSummary {
  readonly documentId: string
  readonly counts: Readonly<Record<ReviewGroup, number>>
  readonly resolved: number
  readonly total: number
  /** `done` once the document is adjudicated (what `export --gold` takes). */
  readonly goldStatus: DocumentStatus
}

/** What `review:summary` answers. */
export interface ReviewSummary {
  /** Every annotator of the project but `gold`, to choose from. */
  readonly annotators: readonly string[]
  /** Documents every chosen annotator has annotated (none until two are chosen), in corpus order. */
  readonly documents: readonly ReviewDocumentSummary[]
  /** Files that could not be read on the way; their documents are left out. */
  readonly problems: readonly ProjectProblem[]
}

/** What `review:document` answers: all a review session of one document needs. */
export interface ReviewDocument {
  readonly documentId: string
  readonly text: string
  /** Each chosen annotator's work, in the order asked. */
  readonly versions: readonly { readonly annotator: string; readonly annotations: DocumentAnnotations }[]
  readonly gold: DocumentAnnotations
  readonly decisions: readonly ReviewDecision[]
  /** Decisions on arguments and relations between gold spans (none in review files from before links). */
  readonly links?: readonly LinkDecision[]
  /** Set when the gold or review file cannot be read: shown, never overwritten. */
  readonly readOnlyReason?: string
}
