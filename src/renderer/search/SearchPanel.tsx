import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { SearchOptions } from '../../core/search'
import { focusEditor } from '../components/LabelPalette'
import { useServices } from '../components/servicesContext'
import { useStore } from '../state/useStore'
import { searchServicesOf } from './searchServices'
import './search.css'

const TOGGLES: readonly { readonly name: keyof SearchOptions; readonly text: string; readonly title: string }[] = [
  { name: 'caseSensitive', text: 'Aa', title: 'Match case' },
  { name: 'accentSensitive', text: 'é', title: 'Match accents (off: "Soueida" finds "Soueïda", \' finds ’)' },
  { name: 'wholeWord', text: 'W', title: 'Whole words only' },
  { name: 'regex', text: '.*', title: 'Regular expression' }
]

/** Ctrl/Cmd+F: find in the document or the corpus, go through the hits, annotate them all. */
export function SearchPanel() {
  const services = useServices()
  const { search, annotateAll } = searchServicesOf(services)
  const state = useStore(search, (current) => current)
  const schema = useStore(services.session, (current) => current.project?.schema ?? null)
  const selectedSpanId = useStore(services.selection, (current) => current.selectedSpanId)
  const selectedStart = useStore(services.selection, (current) => current.anchor?.start)
  // By its start (binary search): this runs at each change of the session, several per label.
  const selectedLabel = useStore(services.session, (current) => current.document?.findSpan(selectedSpanId, selectedStart)?.label ?? null)
  const labels = schema ? [...schema.entityTypes, ...schema.eventTypes].map((type) => type.name) : []
  const [label, setLabel] = useState<string>('')
  const input = useRef<HTMLInputElement>(null)
  const list = useRef<HTMLOListElement>(null)
  const chosenLabel = label || selectedLabel || labels[0] || ''
  const screen = useStore(services.view, (current) => current.screen)

  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [state.focusRequest])

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [state.active])

  if (!state.open || screen !== 'annotate') return null

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      void search.step(event.key === 'ArrowDown' ? 1 : -1)
    } else if (event.key === 'Enter' && event.altKey) {
      if (state.hits.length > 0 && chosenLabel !== '') void annotateAll.planFromHits(state.hits, chosenLabel)
    } else if (event.key === 'Enter') {
      // Enter puts the keys back in the text on the current hit: a label hotkey labels it, F3 goes on.
      void search.goTo(Math.max(0, state.active)).then(focusEditor)
    } else if (event.key === 'Escape') {
      focusEditor()
    } else {
      return
    }
    event.preventDefault()
  }

  const documentCount = new Set(state.hits.map((hit) => hit.documentId)).size
  const status = state.error
    ? state.error
    : state.busy
      ? 'Searching…'
      : state.query === ''
        ? 'Type to search'
        : state.total === 0
          ? 'No match'
          : `${state.active + 1} of ${state.total}${state.scope === 'corpus' ? ` · ${documentCount} document${documentCount === 1 ? '' : 's'}` : ''}${state.total > state.hits.length ? ` (first ${state.hits.length} listed)` : ''}`

  return (
    <section className="gs-search" aria-label="Search" data-testid="search-panel" data-keeps-focus>
      <div className="gs-search__row">
        <input
          ref={input}
          className="gs-search__query"
          type="search"
          value={state.query}
          placeholder={state.scope === 'corpus' ? 'Search the corpus' : 'Search the document'}
          aria-label="Search query"
          spellCheck={false}
          onChange={(event) => search.setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          data-testid="search-input"
        />
        <button type="button" className="gs-button gs-button--icon" onClick={() => search.close()} title="Close search" aria-label="Close search" data-testid="search-close">
          ×
        </button>
      </div>
      <div className="gs-search__row">
        {TOGGLES.map((toggle) => (
          <button
            key={toggle.name}
            type="button"
            className="gs-search__toggle"
            aria-pressed={state.options[toggle.name]}
            title={toggle.title}
            onClick={() => search.setOption(toggle.name, !state.options[toggle.name])}
            data-testid={`search-${toggle.name}`}
          >
            {toggle.text}
          </button>
        ))}
        <select className="gs-search__scope" value={state.scope} onChange={(event) => search.setScope(event.target.value === 'corpus' ? 'corpus' : 'document')} aria-label="Search scope" data-testid="search-scope">
          <option value="document">This document</option>
          <option value="corpus">Whole corpus</option>
        </select>
      </div>
      <p className={state.error ? 'gs-search__status gs-error' : 'gs-search__status'} role="status" data-testid="search-status">
        {status}
      </p>
      <ol className="gs-search__hits" ref={list} role="listbox" aria-label="Search results">
        {state.hits.map((hit, index) => (
          <li key={`${hit.documentId}:${hit.start}`} role="option" aria-selected={index === state.active} className="gs-search__hit" onClick={() => void search.goTo(index)} data-testid="search-result">
            {state.scope === 'corpus' && <span className="gs-search__doc">{hit.documentId}</span>}
            <span className="gs-search__context">
              {hit.before}
              <mark>{hit.match}</mark>
              {hit.after}
            </span>
          </li>
        ))}
      </ol>
      <div className="gs-search__row gs-search__footer">
        <select value={chosenLabel} onChange={(event) => setLabel(event.target.value)} aria-label="Label for annotate all" data-testid="search-label">
          {labels.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="gs-button"
          disabled={state.hits.length === 0 || chosenLabel === ''}
          onClick={() => void annotateAll.planFromHits(state.hits, chosenLabel)}
          title="Preview, then label every hit listed (Alt+Enter)"
          data-testid="search-annotate-all"
        >
          Annotate all…
        </button>
      </div>
    </section>
  )
}
