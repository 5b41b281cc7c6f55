import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import type { GoldspanApi } from '../../src/core/api'
import type { Dialogs } from '../../src/main/dialogs'
import { buildMenuTemplate, type MenuActions } from '../../src/main/menu'
import { createMenuActions } from '../../src/main/menuActions'

function recordingActions(): MenuActions & { calls: unknown[][] } {
  const calls: unknown[][] = []
  const record = (name: string) => (...args: unknown[]) => void calls.push([name, ...args])
  return {
    calls,
    openCorpusFolder: record('openCorpusFolder'),
    openCorpusJsonl: record('openCorpusJsonl'),
    openProject: record('openProject'),
    openRecent: record('openRecent'),
    sendToRenderer: record('sendToRenderer'),
    showAbout: record('showAbout'),
    showKeyboardShortcuts: record('showKeyboardShortcuts')
  }
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label)
  if (!menu) throw new Error(`no menu ${label}`)
  return menu.submenu as MenuItemConstructorOptions[]
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((candidate) => candidate.label === label)
  if (!found) throw new Error(`no item ${label}`)
  return found
}

function click(menuItem: MenuItemConstructorOptions): void {
  ;(menuItem.click as () => void)()
}

describe('menu template', () => {
  const actions = recordingActions()
  const template = buildMenuTemplate(actions, { recentProjects: ['/home/ana/p1', '/home/ana/p2'], isMac: false })

  it('has File, Edit, View and Help with the issue’s items', () => {
    expect(template.map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Help'])
    const file = submenu(template, '&File')
    expect(file.filter((entry) => entry.label).map((entry) => entry.label)).toEqual([
      'Open Corpus Folder…',
      'Open JSONL…',
      'Open Project…',
      'Open Recent',
      'Export…'
    ])
    expect(file.some((entry) => entry.role === 'quit')).toBe(true)
    const view = submenu(template, '&View')
    expect(view.map((entry) => entry.role).filter(Boolean)).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen'])
    expect(submenu(template, '&Help').map((entry) => entry.label)).toEqual(['Keyboard Shortcuts', 'About Goldspan'])
  })

  it('calls the matching action for each item', () => {
    actions.calls.length = 0
    const file = submenu(template, '&File')
    click(item(file, 'Open Corpus Folder…'))
    click(item(file, 'Open JSONL…'))
    click(item(file, 'Open Project…'))
    click(item(item(file, 'Open Recent').submenu as MenuItemConstructorOptions[], '/home/ana/p2'))
    click(item(file, 'Export…'))
    const edit = submenu(template, '&Edit')
    click(item(edit, 'Undo'))
    click(item(edit, 'Redo'))
    const view = submenu(template, '&View')
    click(item(view, 'Next Document'))
    click(item(view, 'Previous Document'))
    const help = submenu(template, '&Help')
    click(item(help, 'Keyboard Shortcuts'))
    click(item(help, 'About Goldspan'))
    expect(actions.calls).toEqual([
      ['openCorpusFolder'],
      ['openCorpusJsonl'],
      ['openProject'],
      ['openRecent', '/home/ana/p2'],
      ['sendToRenderer', 'export'],
      ['sendToRenderer', 'undo'],
      ['sendToRenderer', 'redo'],
      ['sendToRenderer', 'next-document'],
      ['sendToRenderer', 'previous-document'],
      ['showKeyboardShortcuts'],
      ['showAbout']
    ])
  })

  it('shows a disabled placeholder when there are no recent projects, and the macOS app menu', () => {
    const mac = buildMenuTemplate(recordingActions(), { recentProjects: [], isMac: true })
    expect(mac.map((menu) => menu.label)).toEqual(['Goldspan', '&File', '&Edit', '&View', '&Help'])
    const recent = item(submenu(mac, '&File'), 'Open Recent').submenu as MenuItemConstructorOptions[]
    expect(recent).toEqual([{ label: 'No recent projects', enabled: false }])
  })
})

describe('menu actions', () => {
  function setUp(chosen: string | null, openCorpus: () => Promise<unknown> = async () => ({})) {
    const dialogs: Dialogs = {
      chooseCorpusFolder: vi.fn(async () => chosen),
      chooseCorpusJsonl: vi.fn(async () => chosen),
      chooseProjectFolder: vi.fn(async () => chosen),
      chooseExportPath: vi.fn(async () => null),
      showError: vi.fn(),
      showMessage: vi.fn()
    }
    const api = { 'project:openCorpus': vi.fn(openCorpus), 'project:open': vi.fn(async () => ({})) } as unknown as GoldspanApi
    const sendToRenderer = vi.fn()
    const actions = createMenuActions({ api, dialogs, sendToRenderer, appVersion: '0.1.0' })
    return { actions, api, dialogs, sendToRenderer }
  }

  it('opens the chosen corpus folder and tells the renderer', async () => {
    const { actions, api, sendToRenderer } = setUp('/data/news')
    actions.openCorpusFolder()
    await vi.waitFor(() => expect(sendToRenderer).toHaveBeenCalledWith('project-changed'))
    expect(api['project:openCorpus']).toHaveBeenCalledWith({ path: '/data/news' })
  })

  it('opens a recent project without a dialog', async () => {
    const { actions, api, dialogs, sendToRenderer } = setUp(null)
    actions.openRecent('/home/ana/p1')
    await vi.waitFor(() => expect(sendToRenderer).toHaveBeenCalledWith('project-changed'))
    expect(api['project:open']).toHaveBeenCalledWith({ dir: '/home/ana/p1' })
    expect(dialogs.chooseProjectFolder).not.toHaveBeenCalled()
  })

  it('does nothing when the dialog is cancelled', async () => {
    const { actions, api, dialogs, sendToRenderer } = setUp(null)
    actions.openCorpusJsonl()
    await vi.waitFor(() => expect(dialogs.chooseCorpusJsonl).toHaveBeenCalled())
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(api['project:openCorpus']).not.toHaveBeenCalled()
    expect(sendToRenderer).not.toHaveBeenCalled()
  })

  it('shows why a corpus could not be opened', async () => {
    const { actions, dialogs, sendToRenderer } = setUp('/data/bad.jsonl', async () => {
      throw new Error('/data/bad.jsonl: invalid UTF-8 at byte 12')
    })
    actions.openCorpusJsonl()
    await vi.waitFor(() => expect(dialogs.showError).toHaveBeenCalledWith('Could not open', '/data/bad.jsonl: invalid UTF-8 at byte 12'))
    expect(sendToRenderer).not.toHaveBeenCalled()
  })

  it('shows the version and the keyboard shortcuts', () => {
    const { actions, dialogs } = setUp(null)
    actions.showAbout()
    expect(dialogs.showMessage).toHaveBeenCalledWith('About Goldspan', 'Goldspan 0.1.0', expect.any(String))
    actions.showKeyboardShortcuts()
    expect(vi.mocked(dialogs.showMessage).mock.calls[1]![2]).toContain('Ctrl/Cmd + Enter: mark the document done and open the next')
  })
})
