import type { SpanType } from '../../core/schema'
import { useStore } from '../state/useStore'
import { useServices } from './servicesContext'

/** Gives the keyboard back to the text after a click on a panel button. */
export function focusEditor(): void {
  document.querySelector<HTMLElement>('[data-testid="editor"]')?.focus({ preventScroll: true })
}

function LabelButton({ type }: { readonly type: SpanType }) {
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
    </li>
  )
}

/** The schema's labels: click one, or press its hotkey, to label the selection or relabel the span. */
export function LabelPalette() {
  const { session } = useServices()
  const schema = useStore(session, (state) => state.project?.schema ?? null)
  if (!schema) return null
  const groups = [
    ['Entities', schema.entityTypes],
    ['Events', schema.eventTypes]
  ] as const
  return (
    <section className="gs-panel gs-palette" aria-label="Labels" data-testid="label-palette">
      {groups.map(([title, types]) =>
        types.length === 0 ? null : (
          <div key={title}>
            <h2>{title}</h2>
            <ul className="gs-palette__list">
              {types.map((type) => (
                <LabelButton key={type.name} type={type} />
              ))}
            </ul>
          </div>
        )
      )}
    </section>
  )
}
