import type { AppServices } from '../state/appServices'
import { selectionRange } from '../state/selectionStore'
import { nextSpanOfLabel, nextUnannotatedParagraph } from './findNext'

/** Alt+↓ / Alt+↑: the next or previous span with the selected span's label (or the last label given). */
export function goToSpanOfLabel(services: AppServices, direction: 1 | -1): void {
  const { session, selection, view } = services
  const document = session.getState().document
  if (!document) return
  const state = selection.getState()
  const label = document.findSpan(state.selectedSpanId)?.label
  if (!label) return view.setNotice('Select a span first: Alt+↓ and Alt+↑ go to the next and previous span with its label.')
  const next = nextSpanOfLabel(document.annotations.spans, label, document.findSpan(state.selectedSpanId) ?? selectionRange(state), direction)
  if (next) selection.selectSpan(next, { reveal: true })
}

/** Alt+Shift+↓ / Alt+Shift+↑: the next or previous paragraph without any span, selected as a range. */
export function goToUnannotatedParagraph(services: AppServices, direction: 1 | -1): void {
  const { session, selection, view } = services
  const document = session.getState().document
  if (!document) return
  const from = selectionRange(selection.getState())?.start ?? -1
  const paragraph = nextUnannotatedParagraph(document.text, document.annotations.spans, from, direction)
  if (!paragraph) return view.setNotice('Every paragraph of this document has at least one span.')
  selection.setRange(paragraph, paragraph, { reveal: true })
  view.setNotice(null)
}
