import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelPayload, GoldspanApi } from '../../../src/core/api'
import type { Span } from '../../../src/core/model'
import { createWorkspace, projectDirForCorpus } from '../../../src/core/node'
import { reviewFilePath } from '../../../src/core/node/reviewStore'
import { acceptAgreedUnits, findDisagreements, rejectUnit } from '../../../src/core/review'

const NOW = new Date('2026-11-25T10:00:00.000Z')
const TEXT = 'Jean Dupont arrive à Lyon.\n'
const SHA = createHash('sha256').update(TEXT, 'utf8').digest('hex')

let root: string
let homeDir: string
let corpusDir: string

function span(id: string, start: number, end: number, label: string, annotator: string): Span {
  return { id, start, end, label, annotator, created: NOW.toISOString(), updated: NOW.toISOString() }
}

function annotations(annotator: string, spans: Span[]): ChannelPayload<'document:save'>['annotations'] {
  return { version: 2, documentId: 'a', sha256: SHA, annotator, status: 'done', offsetUnit: 'utf16', spans, relations: [] }
}

/** A workspace over a one-document corpus that ana and bo have annotated: "Jean Dupont" agreed PER, "Lyon" only ana. */
async function reviewedWorkspace(): Promise<GoldspanApi> {
  const { api } = await createWorkspace({ homeDir, mode: 'web', defaultCorpus: corpusDir, now: () => NOW })
  for (const [name, spans] of [
    ['ana', [span('T1', 0, 11, 'PER', 'ana'), span('T2', 21, 25, 'GPE', 'ana')]],
    ['bo', [span('T1', 0, 11, 'PER', 'bo')]]
  ] as const) {
    await api['session:setAnnotator']({ name })
    await api['project:openCorpus']({ path: corpusDir })
    await api['document:save']({ annotations: annotations(name, [...spans]) })
  }
  await api['session:setAnnotator']({ name: 'lead' })
  return api
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'goldspan-review-'))
  homeDir = join(root, 'home')
  corpusDir = join(root, 'news')
  await mkdir(corpusDir)
  await writeFile(join(corpusDir, 'a.txt'), TEXT)
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('review channels', () => {
  it('lists the annotators, and per document the group counts and progress once two are chosen', async () => {
    const api = await reviewedWorkspace()
    expect(await api['review:summary']({ annotators: [] })).toEqual({ annotators: ['ana', 'bo'], documents: [], problems: [] })
    const summary = await api['review:summary']({ annotators: ['ana', 'bo'] })
    expect(summary.documents).toEqual([
      { documentId: 'a', counts: { agreed: 1, 'label-differs': 0, 'boundary-differs': 0, 'boundary-and-label-differ': 0, 'only-one': 1 }, resolved: 0, total: 2, goldStatus: 'todo' }
    ])
    await expect(api['review:summary']({ annotators: ['ana', 'zoe'] })).rejects.toThrow(/no annotator "zoe"/)
  })

  it('saves gold and the decisions; progress survives a new workspace (a restart), a rejected unit included', async () => {
    const api = await reviewedWorkspace()
    const opened = await api['review:document']({ documentId: 'a', annotators: ['ana', 'bo'] })
    expect(opened.versions.map((version) => version.annotator)).toEqual(['ana', 'bo'])
    const { units } = findDisagreements(opened.versions)
    const by = { adjudicator: 'lead', now: NOW.toISOString() }
    let state = acceptAgreedUnits({ gold: opened.gold, decisions: opened.decisions }, units, by).state
    state = rejectUnit(state, units[1]!, by).state
    await api['review:save']({ gold: { ...state.gold, status: 'done', spans: [...state.gold.spans] }, decisions: state.decisions.map((d) => ({ ...d, annotators: [...d.annotators], goldSpanIds: [...d.goldSpanIds] })) })

    const projectDir = projectDirForCorpus(homeDir, corpusDir)
    const file = JSON.parse(await readFile(reviewFilePath(projectDir, 'a'), 'utf8')) as { decisions: { outcome: string }[] }
    expect(file.decisions.map((decision) => decision.outcome)).toEqual(['accepted-all', 'none'])

    const restarted = await createWorkspace({ homeDir, mode: 'web', defaultCorpus: corpusDir, now: () => NOW })
    await restarted.api['project:openCorpus']({ path: corpusDir })
    const summary = await restarted.api['review:summary']({ annotators: ['ana', 'bo'] })
    expect(summary.documents[0]).toMatchObject({ resolved: 2, total: 2, goldStatus: 'done' })
    const reopened = await restarted.api['review:document']({ documentId: 'a', annotators: ['bo', 'ana'] })
    expect(reopened.gold.spans.map((s) => [s.start, s.end, s.label, s.provenance?.agreedBy])).toEqual([[0, 11, 'PER', ['ana', 'bo']]])
  })

  it('refuses to save anything but the gold layer', async () => {
    const api = await reviewedWorkspace()
    await expect(api['review:save']({ gold: annotations('lead', []), decisions: [] })).rejects.toThrow(/review saves the "gold" layer, not the annotations of "lead"/)
  })

  it('reports an unreadable review file in the summary and opens its document read-only, leaving the file as it is', async () => {
    const api = await reviewedWorkspace()
    const file = reviewFilePath(projectDirForCorpus(homeDir, corpusDir), 'a')
    await mkdir(join(file, '..'), { recursive: true })
    await writeFile(file, '{"version": 1,')
    const summary = await api['review:summary']({ annotators: ['ana', 'bo'] })
    expect(summary.problems).toEqual([{ file, reason: expect.stringMatching(/^not valid JSON/) }])
    const opened = await api['review:document']({ documentId: 'a', annotators: ['ana', 'bo'] })
    expect(opened.readOnlyReason).toMatch(/not valid JSON/)
    expect(await readFile(file, 'utf8')).toBe('{"version": 1,')
  })
})
