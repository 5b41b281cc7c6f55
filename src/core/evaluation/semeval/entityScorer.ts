import { compareEntities, type ScoredEntity } from './compareEntities'
import { addCounts, emptyCountsByScheme, type CountsByScheme, type SemevalScheme } from './schemeCounts'
import { macroAverage, scoreSchemes, type MacroScores, type ScoresByScheme } from './semevalScores'

/** The scorer's answer: micro (pooled counts), macro (mean over labels) and per label. */
export interface EntityEvaluation {
  readonly documents: number
  readonly micro: ScoresByScheme
  readonly macro: Record<SemevalScheme, MacroScores>
  /** Sorted by label name. */
  readonly byLabel: ReadonlyArray<{ readonly label: string; readonly scores: ScoresByScheme }>
}

/**
 * Accumulates documents one at a time so a caller can stream any number of them with
 * memory bounded by the number of labels.
 */
export interface EntityScorer {
  addDocument(gold: readonly ScoredEntity[], predicted: readonly ScoredEntity[]): void
  result(): EntityEvaluation
}

export function createEntityScorer(): EntityScorer {
  const overall = emptyCountsByScheme()
  const byLabel = new Map<string, CountsByScheme>()
  let documents = 0
  return {
    addDocument(gold, predicted) {
      documents++
      const counts = compareEntities(gold, predicted)
      addCounts(overall, counts.overall)
      for (const [label, labelCounts] of counts.byLabel) {
        let total = byLabel.get(label)
        if (!total) byLabel.set(label, (total = emptyCountsByScheme()))
        addCounts(total, labelCounts)
      }
    },
    result() {
      const labels = [...byLabel.keys()].sort()
      const perLabel = labels.map((label) => ({ label, scores: scoreSchemes(byLabel.get(label) ?? emptyCountsByScheme()) }))
      return {
        documents,
        micro: scoreSchemes(overall),
        macro: macroAverage(perLabel.map((entry) => entry.scores)),
        byLabel: perLabel
      }
    }
  }
}
