import { useState } from 'react'
import type { SpanType } from '../../core/schema'
import { useStore } from '../state/useStore'
import { useServices } from './servicesContext'

/** Gives the keyboard back to the text after a click on a panel button. */
export function focusEditor(): void {
  document.querySelector<HTMLElement>('[data-testid="editor"]')?.focus({ preventScroll: true })
}

function LabelButton({ type, showGuideline }: { readonly type: SpanType; readonly showGuideline: boolean }) {
  const { commands } = useServices()
  return (
    <li>
      <button
        type="button"
        className="gs-label"
        style={{ ['--gs-color' as string]: type.color }}
        title={type.description}
        onClick={() => {
          commands.label(type.name)
          focusEditor()
        }}
        data-testid="label-button"
        data-label={type.name}
      >
        <span className="gs-swatch" aria-hidden="true" />
        <span className="gs-label__name">{type.name}</span>
        {type.hotkey && <kbd className="gs-kbd">{type.hotkey}</kbd>}
      </button>
      {showGuideline && type.description && (
        <p className="gs-palette__guideline" data-testid="label-guideline">
          {type.description}
        </p>
      )}
    </li>
  )
}

/** The schema's labels: click one, or press its hotkey, to label the selection or relabel the span. */
export function LabelPalette() {
  const { session } = useServices()
  const schema = useStore(session, (state) => state.project?.schema ?? null)
  const [showGuidelines, setShowGuidelines] = useState(false)
  if (!schema) return null
  const groups = [
    ['Entities', schema.entityTypes],
    ['Events', schema.eventTypes]
  ] as const
  return (
    <section className="gs-panel gs-palette" aria-label="Labels" data-testid="label-palette">
      <label className="gs-toggle gs-palette__toggle" title="Show each type's annotation rule (docs/guidelines.md has them all)">
        <input type="checkbox" checked={showGuidelines} onChange={() => setShowGuidelines((shown) => !shown)} data-testid="guidelines-toggle" />
        Guidelines
      </label>
      {groups.map(([title, types]) =>
        types.length === 0 ? null : (
          <div key={title}>
            <h2>{title}</h2>
            <ul className={showGuidelines ? 'gs-palette__list gs-palette__list--guidelines' : 'gs-palette__list'}>
              {types.map((type) => (
                <LabelButton key={type.name} type={type} showGuideline={showGuidelines} />
              ))}
            </ul>
          </div>
        )
      )}
    </section>
  )
}
