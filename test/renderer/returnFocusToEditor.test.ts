// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { returnsFocusToEditor } from '../../src/renderer/components/returnFocusToEditor'

function render(html: string): HTMLElement {
  const root = document.createElement('div')
  root.innerHTML = html
  document.body.append(root)
  return root
}

describe('returnsFocusToEditor', () => {
  it('gives the keys back to the text after toolbar and list clicks, including on a button’s inner text', () => {
    const root = render(`
      <button id="undo">↶ Undo</button>
      <label><input id="snap" type="checkbox"> Snap to words</label>
      <button id="doc"><span id="name">000_seed</span></button>`)
    for (const id of ['undo', 'snap', 'name']) expect(returnsFocusToEditor(root.querySelector(`#${id}`)), id).toBe(true)
  })

  it('leaves the focus where it went for controls that open something, dialogs, forms and plain text', () => {
    const root = render(`
      <button id="help" data-keeps-focus>?</button>
      <div role="dialog"><button id="close">Close</button></div>
      <form><button id="submit">Open</button></form>
      <select id="label"><option>ORG</option></select>
      <p id="text">texte</p>`)
    for (const id of ['help', 'close', 'submit', 'label', 'text']) expect(returnsFocusToEditor(root.querySelector(`#${id}`)), id).toBe(false)
  })
})
