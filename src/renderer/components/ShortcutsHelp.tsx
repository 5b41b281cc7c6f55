import { useServices } from './servicesContext'

const MOD = navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl'

const SHORTCUTS: readonly (readonly [string, string])[] = [
  ['Drag', 'Select text (snapped to whole words)'],
  ['Alt + drag', 'Select exact characters'],
  ['← →', 'Move the word cursor'],
  ['↑ ↓', 'Move to the line above / below'],
  ['Shift + ← →', 'Extend the selection by words'],
  ['Label key (e.g. p)', 'Label the selection, or relabel the selected span'],
  ['Click a span', 'Select it (click again for the span around it)'],
  ['Tab / Shift + Tab', 'Next / previous span'],
  ['Delete / Backspace', 'Delete the selected span (with the arguments and relations using it)'],
  ['Shift + A', 'With an event selected: attach an argument (Tab to its span, then 1–9 for the role)'],
  ['Shift + L', 'With a span selected: link it to another (Tab to it, then 1–9 for the relation type)'],
  ['1–9 / Enter', 'While linking: pick the role or relation type (Enter: the first)'],
  [`${MOD} + Z`, 'Undo'],
  [`${MOD} + Shift + Z, Ctrl + Y`, 'Redo'],
  [`${MOD} + Enter`, 'Mark the document done and open the next'],
  ['Escape', 'Cancel the link being made, or clear the selection'],
  ['Shift + N / Shift + P', 'Next / previous suggestion (pre-annotation)'],
  ['Shift + Y / Shift + X', 'Accept / reject the current suggestion (undoable)'],
  ['Shift + G', "Accept every suggestion of the current one's label in this document"],
  [`${MOD} + K`, 'Command palette: every action with its shortcut'],
  [`${MOD} + F / ${MOD} + Shift + F`, 'Search in the document / in the whole corpus (↓ ↑ go through the hits, Enter back to the text)'],
  ['F3 / Shift + F3', 'Next / previous search hit (selected: a label key labels it)'],
  ['Alt + A / Alt + Shift + A', 'Annotate every other occurrence of the selected span, in the document / the corpus (with a preview)'],
  ['Alt + ↓ / Alt + ↑', 'Next / previous span with the selected span’s label'],
  ['Alt + Shift + ↓ / ↑', 'Next / previous paragraph without spans'],
  ['Alt + PageDown / PageUp', 'Next / previous document'],
  ['?', 'Show this help']
]

export function ShortcutsHelp() {
  const { view } = useServices()
  return (
    <div className="gs-modal-backdrop" onClick={() => view.setHelpOpen(false)}>
      <div className="gs-modal gs-modal--wide" role="dialog" aria-modal="true" aria-labelledby="help-title" onClick={(event) => event.stopPropagation()} data-testid="shortcuts-help">
        <h2 id="help-title">Keyboard shortcuts</h2>
        <table className="gs-shortcuts">
          <tbody>
            {SHORTCUTS.map(([keys, action]) => (
              <tr key={keys}>
                <th>
                  <kbd className="gs-kbd">{keys}</kbd>
                </th>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="gs-button" onClick={() => view.setHelpOpen(false)} autoFocus>
          Close
        </button>
      </div>
    </div>
  )
}
