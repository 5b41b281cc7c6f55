import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import { focusEditor } from '../components/LabelPalette'
import { useServices } from '../components/servicesContext'
import { useStore } from '../state/useStore'
import { paletteActions, type PaletteAction } from './paletteActions'
import { matchesFilter, paletteStoreOf } from './paletteStore'
import './palette.css'

/** Ctrl/Cmd+K: every action with its shortcut; type to filter, ↑/↓ to choose, Enter to run. */
export function CommandPalette() {
  const services = useServices()
  const palette = paletteStoreOf(services)
  const state = useStore(palette, (current) => current)
  const project = useStore(services.session, (current) => current.project)
  const actions = useMemo(() => (state.open ? paletteActions(services) : []), [services, project, state.open])
  const shown = actions.filter((action) => matchesFilter(`${action.title} ${action.shortcut}`, state.filter))
  const list = useRef<HTMLUListElement>(null)

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [state.active, state.filter])

  if (!state.open) return null

  const run = (action: PaletteAction | undefined): void => {
    if (!action) return
    palette.close()
    focusEditor()
    action.run()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') palette.move(event.key === 'ArrowDown' ? 1 : -1, shown.length)
    else if (event.key === 'Enter') run(shown[state.active])
    else if (event.key === 'Escape') {
      palette.close()
      focusEditor()
    } else return
    event.preventDefault()
  }

  return (
    <div className="gs-modal-backdrop gs-commands-backdrop" onClick={() => palette.close()}>
      <div className="gs-commands" role="dialog" aria-modal="true" aria-label="Command palette" onClick={(event) => event.stopPropagation()} data-testid="command-palette">
        <input
          className="gs-commands__filter"
          autoFocus
          value={state.filter}
          placeholder="Type a command…"
          aria-label="Filter commands"
          onChange={(event) => palette.setFilter(event.target.value)}
          onKeyDown={onKeyDown}
          data-testid="palette-input"
        />
        <ul className="gs-commands__list" role="listbox" ref={list}>
          {shown.map((action, index) => (
            <li key={action.id} role="option" aria-selected={index === state.active} className="gs-commands__item" onClick={() => run(action)} data-testid="palette-item" data-action={action.id}>
              <span>{action.title}</span>
              {action.shortcut && <kbd className="gs-kbd">{action.shortcut}</kbd>}
            </li>
          ))}
          {shown.length === 0 && <li className="gs-commands__empty">No command matches “{state.filter}”.</li>}
        </ul>
      </div>
    </div>
  )
}
