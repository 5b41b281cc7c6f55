import { useEffect } from 'react'
import type { MenuCommand } from '../../core/api/contract'
import { handleEditorKey } from '../editor/editorKeys'
import { handleSuggestionKey } from '../suggestions/suggestionKeys'
import { jobStoreOf } from '../progress/jobServices'
import { handleProductivityKey } from '../palette/productivityKeys'
import type { AppServices } from '../state/appServices'
import { selectionRange } from '../state/selectionStore'
import { exportProject } from './exportProject'
import { onClickReturnFocus } from './returnFocusToEditor'

// A desktop menu accelerator may arrive as a menu command right after the same keydown.
const MENU_ECHO_MS = 150

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}

/** Window-wide keys (undo, redo, done & next, help) and the desktop menu's commands. */
export function useGlobalShortcuts(services: AppServices): void {
  useEffect(() => {
    const { session, view, commands, connection } = services
    let lastKeyAction = { name: '', at: 0 }
    const did = (name: string) => (lastKeyAction = { name, at: performance.now() })

    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return
      const mod = event.ctrlKey || event.metaKey
      const key = event.key.toLowerCase()
      if (view.getState().helpOpen) {
        if (event.key === 'Escape' || event.key === '?') view.setHelpOpen(false)
        return
      }
      if (handleProductivityKey(event, services, isTypingTarget(event.target))) return event.preventDefault()
      if (isTypingTarget(event.target)) return
      if (mod && key === 'z' && !event.shiftKey) {
        commands.undo()
        did('undo')
      } else if ((mod && key === 'z' && event.shiftKey) || (event.ctrlKey && key === 'y')) {
        commands.redo()
        did('redo')
      } else if (mod && event.key === 'Enter') {
        void commands.markDoneAndNext(session.getState().documents)
      } else if (event.key === '?') {
        view.setHelpOpen(true)
      } else if (handleSuggestionKey(event, services)) {
        // Shift+N/P/Y/X/G: suggestions of the shown document.
      } else if (event.target === document.body && handleEditorKey(event, commands)) {
        // Nothing focused (e.g. after a click on the page background): the text keys still work.
      } else {
        return
      }
      event.preventDefault()
    }

    const onMenu = (command: MenuCommand): void => {
      const echo = lastKeyAction.name === command && performance.now() - lastKeyAction.at < MENU_ECHO_MS
      if (echo) return
      // Another screen (review) undoes its own steps; the hidden document must not change.
      if ((command === 'undo' || command === 'redo') && view.getState().screen !== 'annotate') return
      switch (command) {
        case 'undo':
          return commands.undo()
        case 'redo':
          return commands.redo()
        case 'next-document':
          return void session.openRelative(1)
        case 'previous-document':
          return void session.openRelative(-1)
        case 'export':
          return void exportProject(services)
        case 'project-changed':
          return void session.reloadSession()
        case 'job-started':
          return void jobStoreOf(services).follow('Opening the corpus')
      }
    }

    // Web mode only: in Electron a prevented unload silently keeps the window open, which a
    // save failing for good would turn into a window that cannot be closed.
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      // Saves wait for an idle moment: send what is waiting now, while the page can still send.
      session.flushSaves()
      if (connection.mode === 'web' && session.hasUnsavedChanges) event.preventDefault()
    }

    // The text selection is ours (the browser's is cleared after each drag), so copy it ourselves.
    const onCopy = (event: ClipboardEvent): void => {
      const document = session.getState().document
      const range = selectionRange(services.selection.getState())
      const nativeSelection = window.getSelection()
      if (!document || !range || !event.clipboardData || isTypingTarget(event.target)) return
      if (nativeSelection && !nativeSelection.isCollapsed) return
      event.clipboardData.setData('text/plain', document.text.slice(range.start, range.end))
      event.preventDefault()
    }

    window.addEventListener('keydown', onKeyDown)
    window.addEventListener('click', onClickReturnFocus)
    window.addEventListener('copy', onCopy)
    window.addEventListener('beforeunload', onBeforeUnload)
    const stopMenu = connection.onMenuCommand(onMenu)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('click', onClickReturnFocus)
      window.removeEventListener('copy', onCopy)
      window.removeEventListener('beforeunload', onBeforeUnload)
      stopMenu()
    }
  }, [services])
}
