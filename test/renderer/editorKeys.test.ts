// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { handleEditorKey } from '../../src/renderer/editor/editorKeys'
import type { AnnotationCommands } from '../../src/renderer/state/annotationCommands'

/** Records which command a key reaches; `hotkeys` are the labels' keys; `linking` as if a link were being made. */
function recorder(hotkeys: string[], linking = false) {
  const calls: string[] = []
  const commands = {
    startArgument: () => calls.push('start argument'),
    startRelation: () => calls.push('start relation'),
    chooseLink: (index: number) => {
      if (linking) calls.push(`choose ${index}`)
      return linking
    },
    moveCursor: (move: string, extend: boolean) => calls.push(`move ${move}${extend ? ' extend' : ''}`),
    cycleSpan: (step: number) => calls.push(`cycle ${step}`),
    deleteSelectedSpan: () => calls.push('delete'),
    escape: () => calls.push('escape'),
    labelByHotkey: (key: string) => {
      if (!hotkeys.includes(key)) return false
      calls.push(`label ${key}`)
      return true
    }
  } as unknown as AnnotationCommands
  return { commands, calls }
}

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init)

describe('handleEditorKey', () => {
  it('maps arrows, Tab, Delete, Backspace and Escape', () => {
    const { commands, calls } = recorder([])
    for (const init of [{ key: 'ArrowRight' }, { key: 'ArrowLeft', shiftKey: true }, { key: 'Tab' }, { key: 'Tab', shiftKey: true }, { key: 'Delete' }, { key: 'Backspace' }, { key: 'Escape' }]) {
      expect(handleEditorKey(key(init), commands)).toBe(true)
    }
    expect(calls).toEqual(['move right', 'move left extend', 'cycle 1', 'cycle -1', 'delete', 'delete', 'escape'])
  })

  it('labels with a hotkey, ignores unknown keys and leaves Ctrl/Cmd shortcuts alone', () => {
    const { commands, calls } = recorder(['p', '1'])
    expect(handleEditorKey(key({ key: 'P' }), commands)).toBe(true)
    expect(handleEditorKey(key({ key: 'q' }), commands)).toBe(false)
    expect(handleEditorKey(key({ key: 'p', ctrlKey: true }), commands)).toBe(false)
    expect(handleEditorKey(key({ key: 'ArrowRight', metaKey: true }), commands)).toBe(false)
    expect(calls).toEqual(['label p'])
  })

  it('finds digit hotkeys by key position (AZERTY: the "1" key gives "&", or "1" with Shift)', () => {
    const { commands, calls } = recorder(['1'])
    expect(handleEditorKey(key({ key: '&', code: 'Digit1' }), commands)).toBe(true)
    expect(handleEditorKey(key({ key: '1', code: 'Digit1', shiftKey: true }), commands)).toBe(true)
    expect(calls).toEqual(['label 1', 'label 1'])
  })

  it('Shift+A and Shift+L start links; Caps Lock letters still label', () => {
    const { commands, calls } = recorder(['a', 'l'])
    expect(handleEditorKey(key({ key: 'A', shiftKey: true }), commands)).toBe(true)
    expect(handleEditorKey(key({ key: 'L', shiftKey: true }), commands)).toBe(true)
    expect(handleEditorKey(key({ key: 'A' }), commands)).toBe(true)
    expect(calls).toEqual(['start argument', 'start relation', 'label a'])
  })

  it('while linking, digits (by position) and Enter pick a choice instead of a label', () => {
    const linking = recorder(['1'], true)
    expect(handleEditorKey(key({ key: '&', code: 'Digit1' }), linking.commands)).toBe(true)
    expect(handleEditorKey(key({ key: '3', code: 'Digit3' }), linking.commands)).toBe(true)
    expect(handleEditorKey(key({ key: 'Enter' }), linking.commands)).toBe(true)
    expect(linking.calls).toEqual(['choose 0', 'choose 2', 'choose 0'])
    const idle = recorder(['1'])
    expect(handleEditorKey(key({ key: '1', code: 'Digit1' }), idle.commands)).toBe(true)
    expect(handleEditorKey(key({ key: 'Enter' }), idle.commands)).toBe(false)
    expect(idle.calls).toEqual(['label 1'])
  })
})
