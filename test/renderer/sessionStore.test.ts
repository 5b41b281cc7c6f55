// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { SessionStore } from '../../src/renderer/state/sessionStore'
import { createFakeApi } from './fakeApi'

describe('SessionStore', () => {
  it('first run: asks for a name, then opens the default corpus and its first document', async () => {
    const fake = createFakeApi({ a: 'Daech', b: 'Idlib' }, { annotator: null })
    const session = new SessionStore(fake.api)
    await session.start()
    expect(session.getState().phase).toBe('needs-annotator')
    await session.setAnnotator('camille')
    expect(fake.calls).toEqual(['session:get', 'session:setAnnotator camille', 'project:openCorpus /app/seeds', 'document:open a'])
    expect(session.getState().phase).toBe('ready')
    expect(session.getState().document?.text).toBe('Daech')
  })

  it('keeps the list in step with edits and keeps opened documents with their history', async () => {
    const fake = createFakeApi({ a: 'Daech attaque', b: 'Idlib' })
    const session = new SessionStore(fake.api, () => '2026-01-01T10:00:00.000Z')
    await session.start()
    const first = session.getState().document
    first?.addSpan(0, 5, 'ORG')
    expect(session.getState().documents[0]).toMatchObject({ id: 'a', spanCount: 1, status: 'in_progress' })
    await session.openDocument('b')
    await session.openDocument('a')
    expect(session.getState().document).toBe(first)
    expect(first?.getState().canUndo).toBe(true)
    expect(fake.calls.filter((call) => call === 'document:open a')).toHaveLength(1)
    // Autosave starts once the edits pause (whenEditsPause).
    expect(await first?.saves.whenSaved()).toBe(true)
    expect(session.getState().save.kind).toBe('saved')
    expect(fake.saved.at(-1)?.spans.map((span) => span.label)).toEqual(['ORG'])
  })

  it('at an edit, replaces only the open document’s row, and nothing when its count and status stay', async () => {
    const fake = createFakeApi({ a: 'Daech attaque', b: 'Idlib' })
    const session = new SessionStore(fake.api)
    await session.start()
    const document = session.getState().document
    const span = document?.addSpan(0, 5, 'ORG')
    const afterLabel = session.getState().documents
    expect(afterLabel[0]).toMatchObject({ id: 'a', spanCount: 1, status: 'in_progress' })
    document?.relabelSpan(span?.id ?? '', 'PER')
    expect(session.getState().documents).toBe(afterLabel)
    document?.addSpan(6, 13, 'ORG')
    expect(session.getState().documents[0]).toMatchObject({ id: 'a', spanCount: 2 })
    expect(session.getState().documents[1]).toBe(afterLabel[1])
  })

  it('a document that cannot be opened is reported with its file and reason, and the list flags it', async () => {
    const fake = createFakeApi({ a: 'Daech', b: 'Idlib' }, { unreadable: ['b'] })
    const session = new SessionStore(fake.api)
    await session.start()
    await session.openDocument('b')
    expect(session.getState().document).toBeNull()
    expect(session.getState().documentError).toEqual({ documentId: 'b', reason: '/projects/seeds/annotations/ana/b.json: not valid JSON at line 1' })
    expect(session.getState().banners.map((banner) => banner.kind)).toEqual(['warning'])
    await session.openDocument('a')
    expect(session.getState().documentError).toBeNull()
  })

  it('openRelative wraps around the list', async () => {
    const fake = createFakeApi({ a: 'x', b: 'y', c: 'z' })
    const session = new SessionStore(fake.api)
    await session.start()
    await session.openRelative(-1)
    expect(session.getState().currentDocumentId).toBe('c')
    await session.openRelative(1)
    expect(session.getState().currentDocumentId).toBe('a')
  })
})

describe('SessionStore when switching projects', () => {
  it('waits for pending saves before opening another project, and refuses while a save is failing', async () => {
    const fake = createFakeApi({ a: 'Daech', b: 'Idlib' })
    let failSaves = true
    const save = fake.api['document:save']
    fake.api['document:save'] = async (payload) => {
      if (failSaves) throw new Error('EROFS: read-only file system')
      return save(payload)
    }
    const session = new SessionStore(fake.api, () => '2026-01-01T10:00:00.000Z')
    await session.start()
    session.getState().document?.addSpan(0, 5, 'ORG')
    expect(await session.getState().document?.saves.whenSaved()).toBe(false)
    expect(session.getState().save).toMatchObject({ kind: 'failed', reason: 'EROFS: read-only file system' })
    await session.openProject('/projects/other')
    expect(fake.calls).not.toContain('project:open /projects/other')
    expect(session.getState().banners.at(-1)?.text).toMatch(/not saved yet/)
    failSaves = false
    session.retrySavesNow()
    await session.openProject('/projects/other')
    expect(fake.saved.at(-1)?.spans).toHaveLength(1)
    expect(fake.calls).toContain('project:open /projects/other')
  })
})

describe('SessionStore retries', () => {
  it('choosing a document that failed to open tries again', async () => {
    const fake = createFakeApi({ a: 'Daech', b: 'Idlib' }, { unreadable: ['b'] })
    const session = new SessionStore(fake.api)
    await session.start()
    await session.openDocument('b')
    await session.openDocument('b')
    expect(fake.calls.filter((call) => call === 'document:open b')).toHaveLength(2)
  })
})
