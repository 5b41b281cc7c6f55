export { SEMEVAL_SCHEMES, type SemevalScheme, type SchemeCounts } from './schemeCounts'
export { compareEntities, type ScoredEntity, type DocumentCounts } from './compareEntities'
export { scoreScheme, scoreSchemes, macroAverage, type SchemeScores, type ScoresByScheme, type MacroScores } from './semevalScores'
export { createEntityScorer, type EntityScorer, type EntityEvaluation } from './entityScorer'
