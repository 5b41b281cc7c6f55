import { focusEditor } from './LabelPalette'

/**
 * After a click on a button or checkbox (Undo, Export, Snap to words, a document, a panel
 * button), the keys belong to the text again: otherwise the focus stays on the control and
 * arrows and hotkeys do nothing until the text is clicked. Controls that open something
 * to type in or read (marked `data-keeps-focus`) and those in dialogs and popovers keep it.
 */
export function returnsFocusToEditor(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  const control = target.closest('button, input[type="checkbox"]')
  return control !== null && control.closest('[data-keeps-focus], [role="dialog"], .gs-popover, form') === null
}

export function onClickReturnFocus(event: MouseEvent): void {
  // After the click's own handlers: a document opened by the click focuses its new editor itself.
  if (returnsFocusToEditor(event.target)) setTimeout(focusEditor, 0)
}
