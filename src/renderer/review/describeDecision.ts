import type { ReviewDecision } from '../../core/review'

/** One line saying how a unit was resolved, for the unit panel. */
export function describeDecision(decision: ReviewDecision | null): string {
  if (!decision) return 'Not resolved yet'
  switch (decision.outcome) {
    case 'accepted':
      return `Resolved: accepted ${decision.annotators.join(', ')}'s version`
    case 'accepted-all':
      return `Resolved: accepted every version (${decision.annotators.join(', ')})`
    case 'none':
      return 'Resolved: none of the versions (no gold span)'
    case 'edited':
      return 'Resolved: edited by the adjudicator'
  }
}
