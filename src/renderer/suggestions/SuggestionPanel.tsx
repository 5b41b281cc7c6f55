import { useServices } from '../components/servicesContext'
import { useStore } from '../state/useStore'
import { SUGGESTION_SHORTCUTS, runSuggestionAction } from './suggestionKeys'
import { suggestionServicesOf } from './suggestionServices'
import type { SuggestionStore } from './suggestionStore'

function Panel({ store }: { readonly store: SuggestionStore }) {
  const services = useServices()
  const state = useStore(store, (value) => value)
  if (state.all.length === 0 && state.problems.length === 0) return null
  const current = store.current
  const models = [...new Set(state.all.map((suggestion) => suggestion.model))].join(', ')
  const button = (action: keyof typeof SUGGESTION_SHORTCUTS, text: string, disabled = false) => (
    <button type="button" className="gs-button" disabled={disabled || state.pending.length === 0} title={SUGGESTION_SHORTCUTS[action]} onClick={() => runSuggestionAction(services, action)} data-keeps-focus data-testid={`suggestion-${action}`}>
      {text}
    </button>
  )
  return (
    <section className="gs-suggestions-panel" aria-label="Suggestions" data-testid="suggestions-panel">
      <h3>
        Suggestions <span className="gs-muted" data-testid="suggestions-pending">{state.pending.length} pending</span>
      </h3>
      <div className="gs-muted">from {models}</div>
      {current ? (
        <div className="gs-suggestions-panel__current" data-testid="suggestion-current">
          <strong>{current.label}</strong> “{store.document.text.slice(current.start, current.end)}” <span className="gs-muted">({current.model})</span>
        </div>
      ) : (
        <div className="gs-suggestions-panel__current gs-muted">{state.pending.length > 0 ? `${SUGGESTION_SHORTCUTS.next}: go to the next suggestion` : 'All suggestions decided.'}</div>
      )}
      <div className="gs-button-group">
        {button('previous', '← Prev')}
        {button('next', 'Next →')}
        {button('accept', 'Accept')}
        {button('reject', 'Reject')}
        {button('acceptLabel', current ? `Accept all ${current.label}` : 'Accept all of label', !current)}
      </div>
      {state.problems.map((problem) => (
        <p key={problem} className="gs-muted">
          {problem}
        </p>
      ))}
    </section>
  )
}

/** The side panel's suggestion section: what is pending, the current one, and the actions with their keys. */
export function SuggestionPanel() {
  const services = useServices()
  const store = useStore(suggestionServicesOf(services).current, (state) => state.store)
  return store ? <Panel key={store.document.id} store={store} /> : null
}
