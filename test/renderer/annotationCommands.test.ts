// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { AnnotationCommands } from '../../src/renderer/state/annotationCommands'
import { selectionRange, SelectionStore } from '../../src/renderer/state/selectionStore'
import { SessionStore } from '../../src/renderer/state/sessionStore'
import { ViewStore } from '../../src/renderer/state/viewStore'
import { createFakeApi } from './fakeApi'

const TEXT = "L'armée syrienne a frappé Daech.\n\nÀ Idlib, le 4 octobre."

async function setup(texts: Record<string, string> = { a: TEXT, b: 'Soueïda' }) {
  const fake = createFakeApi(texts)
  const session = new SessionStore(fake.api, () => '2026-01-01T10:00:00.000Z')
  await session.start()
  const selection = new SelectionStore()
  const view = new ViewStore()
  const commands = new AnnotationCommands(session, selection, view)
  const document = session.getState().document
  if (!document) throw new Error('no document opened')
  const selected = () => {
    const range = selectionRange(selection.getState())
    return range ? TEXT.slice(range.start, range.end) : null
  }
  return { session, selection, view, commands, document, selected }
}

describe('AnnotationCommands', () => {
  it('labels ten-ish words with the keyboard only: arrows, Shift+arrows, hotkeys', async () => {
    const { commands, document, selected } = await setup()
    commands.moveCursor('right', false) // L
    commands.moveCursor('right', false) // '
    commands.moveCursor('right', false) // armée
    expect(selected()).toBe('armée')
    commands.moveCursor('right', true)
    expect(selected()).toBe('armée syrienne')
    expect(commands.labelByHotkey('o')).toBe(true)
    commands.moveCursor('right', false) // a
    commands.moveCursor('right', false) // frappé
    expect(commands.labelByHotkey('a')).toBe(true)
    commands.moveCursor('down', false) // next non-empty line, near the same column
    expect(selected()).toBe('octobre')
    commands.moveCursor('left', false)
    commands.labelByHotkey('d')
    const labelled = document.annotations.spans.map((span) => `${span.label}:${TEXT.slice(span.start, span.end)}`)
    expect(labelled).toEqual(['ORG:armée syrienne', 'Attack:frappé', 'DATE:4'])
    expect(commands.labelByHotkey('z')).toBe(false)
  })

  it('a hotkey on a selected span relabels it instead of adding one', async () => {
    const { commands, document, selection } = await setup()
    commands.selectText(4, 7, false) // "mée" snaps to "armée"
    commands.label('ORG')
    const id = selection.getState().selectedSpanId
    expect(id).toBe('T1')
    commands.labelByHotkey('p')
    expect(document.annotations.spans.map((span) => [span.id, span.label])).toEqual([['T1', 'PER']])
  })

  it('Alt selects exact characters; snapping can be turned off', async () => {
    const { commands, view, selected } = await setup()
    // "L'armée": L=0 '=1 a=2 r=3 m=4 é=5 e=6, space=7, s=8 y=9
    commands.selectText(4, 7, true)
    expect(selected()).toBe('mée')
    view.toggleSnap()
    commands.selectText(5, 10, false)
    expect(selected()).toBe('ée sy')
  })

  it('clicking nested spans selects the shortest first, then the next one out', async () => {
    const { commands, document, selection } = await setup()
    const outer = document.addSpan(2, 16, 'ORG') // armée syrienne
    const inner = document.addSpan(8, 16, 'GPE') // syrienne
    commands.clickSpans([outer.id, inner.id])
    expect(selection.getState().selectedSpanId).toBe(inner.id)
    commands.clickSpans([outer.id, inner.id])
    expect(selection.getState().selectedSpanId).toBe(outer.id)
  })

  it('Tab cycles spans in text order, Delete removes, undo brings it back and drops a stale selection', async () => {
    const { commands, document, selection } = await setup()
    document.addSpan(26, 31, 'ORG') // Daech
    document.addSpan(2, 7, 'ORG') // armée
    commands.cycleSpan(1)
    expect(selection.getState().selectedSpanId).toBe('T2')
    commands.cycleSpan(1)
    expect(selection.getState().selectedSpanId).toBe('T1')
    commands.cycleSpan(1)
    expect(selection.getState().selectedSpanId).toBe('T2')
    commands.deleteSelectedSpan()
    expect(document.annotations.spans.map((span) => span.id)).toEqual(['T1'])
    commands.undo()
    expect(document.annotations.spans.map((span) => span.id)).toEqual(['T2', 'T1'])
    commands.redo()
    expect(selection.getState().selectedSpanId).toBeNull()
  })

  it('refused labels leave a notice, not an exception', async () => {
    const { commands, view } = await setup()
    commands.label('PER')
    expect(view.getState().notice).toMatch(/Select some text first/)
  })

  it('Ctrl+Enter marks done and opens the next document not done', async () => {
    const { commands, session, document } = await setup()
    await commands.markDoneAndNext(session.getState().documents)
    expect(document.annotations.status).toBe('done')
    expect(session.getState().currentDocumentId).toBe('b')
    expect(session.getState().documents.map((summary) => summary.status)).toEqual(['done', 'todo'])
  })
})

describe('vertical moves', () => {
  it('follow the visual line the view finds, else the next text line at the same column', async () => {
    const { commands, selected } = await setup()
    commands.moveCursor('right', false) // L
    // The view says the line below starts at "frappé" (a wrapped line): go there.
    commands.moveCursor('down', false, () => TEXT.indexOf('frappé') + 2)
    expect(selected()).toBe('frappé')
    // No visual line found (off screen): next non-empty text line, same column (19: "octobre").
    commands.moveCursor('down', false, () => null)
    expect(selected()).toBe('octobre')
  })
})
