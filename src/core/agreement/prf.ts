/**
 * Counts and scores of one comparison. Precision is undefined (null) when the compared
 * annotator marked nothing, recall when the reference marked nothing, F1 when neither did.
 */
export interface PrecisionRecallF1 {
  readonly tp: number
  readonly fp: number
  readonly fn: number
  readonly precision: number | null
  readonly recall: number | null
  readonly f1: number | null
}

export function scoreCounts(tp: number, fp: number, fn: number): PrecisionRecallF1 {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    // 2tp / (2tp + fp + fn) equals the harmonic mean where both are defined, and is 0, not NaN, when tp = 0.
    f1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn)
  }
}
