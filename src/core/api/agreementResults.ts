import type { AgreementReport, LabelConfusion, LabelDistribution } from '../agreement'
import type { ProjectProblem } from './contract'

/** The figures of the agreement screen for the chosen annotators. */
export interface AgreementData {
  /** What `goldspan agreement --project --json` prints for the same annotators. */
  readonly report: AgreementReport
  /** One per pair, in the order of `report.pairwise`. */
  readonly confusion: readonly LabelConfusion[]
  readonly distribution: LabelDistribution
}

/** What `agreement:report` answers. */
export interface ProjectAgreement {
  /** Every annotator of the project but `gold`, to choose from. */
  readonly annotators: readonly string[]
  /** Null until two annotators are chosen. */
  readonly data: AgreementData | null
  /** Files that could not be read on the way; their documents are left out. */
  readonly problems: readonly ProjectProblem[]
}
