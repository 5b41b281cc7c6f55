import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelPayload, GoldspanApi } from '../../../src/core/api'
import type { Relation, Span } from '../../../src/core/model'
import { createWorkspace, projectDirForCorpus } from '../../../src/core/node'
import { reviewFilePath } from '../../../src/core/node/reviewStore'
import { acceptAgreedUnits, findDisagreements, rejectLink, reviewLinks, type ReviewState } from '../../../src/core/review'
import { defaultSchema } from '../../../src/core/schema'

// Link decisions saved through review:save beside the unit decisions, read back after a
// restart, counted in progress; review files from before links still read.

const NOW = new Date('2026-11-25T10:00:00.000Z')
const TEXT = 'Jean Dupont arrive à Lyon.\n'
const SHA = createHash('sha256').update(TEXT, 'utf8').digest('hex')
const by = { adjudicator: 'lead', now: NOW.toISOString() }

let root: string
let homeDir: string
let corpusDir: string

function span(id: string, start: number, end: number, label: string, annotator: string): Span {
  return { id, start, end, label, annotator, created: NOW.toISOString(), updated: NOW.toISOString() }
}

function annotations(annotator: string, spans: Span[], relations: Relation[]): ChannelPayload<'document:save'>['annotations'] {
  return { version: 2, documentId: 'a', sha256: SHA, annotator, status: 'done', offsetUnit: 'utf16', spans, relations }
}

/** ana and bo agree on "Jean Dupont" PER and "Lyon" GPE; only ana says he is located in Lyon. */
async function reviewedWorkspace(): Promise<GoldspanApi> {
  const { api } = await createWorkspace({ homeDir, mode: 'web', defaultCorpus: corpusDir, now: () => NOW })
  const located: Relation[] = [{ id: 'R1', type: 'located_in', head: 'T1', tail: 'T2' }]
  for (const [name, relations] of [['ana', located], ['bo', []]] as const) {
    await api['session:setAnnotator']({ name })
    await api['project:openCorpus']({ path: corpusDir })
    await api['document:save']({ annotations: annotations(name, [span('T1', 0, 11, 'PER', name), span('T2', 21, 25, 'GPE', name)], [...relations]) })
  }
  await api['session:setAnnotator']({ name: 'lead' })
  return api
}

function payload(state: ReviewState): ChannelPayload<'review:save'> {
  return {
    gold: { ...state.gold, spans: [...state.gold.spans], relations: [...state.gold.relations] },
    decisions: state.decisions.map((d) => ({ ...d, annotators: [...d.annotators], goldSpanIds: [...d.goldSpanIds] })),
    links: (state.links ?? []).map((d) => ({ ...d, proposedBy: [...d.proposedBy] }))
  }
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'goldspan-review-links-'))
  homeDir = join(root, 'home')
  corpusDir = join(root, 'news')
  await mkdir(corpusDir)
  await writeFile(join(corpusDir, 'a.txt'), TEXT)
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('link decisions in the review file', () => {
  it('counts a disputed link once its ends are in gold, saves its rejection and finds it after a restart', async () => {
    const api = await reviewedWorkspace()
    const opened = await api['review:document']({ documentId: 'a', annotators: ['ana', 'bo'] })
    expect(opened.links).toEqual([])
    const { units } = findDisagreements(opened.versions)
    const agreed = acceptAgreedUnits({ gold: opened.gold, decisions: opened.decisions }, units, by).state
    // Two agreed units, no link decision yet: the file keeps the shape it had before links.
    await api['review:save'](payload(agreed))
    const file = reviewFilePath(projectDirForCorpus(homeDir, corpusDir), 'a')
    expect(Object.keys(JSON.parse(await readFile(file, 'utf8')) as object)).toEqual(['version', 'documentId', 'decisions'])
    // 2 units resolved, and the relation ana alone made is now between gold spans: 2 of 3.
    expect((await api['review:summary']({ annotators: ['ana', 'bo'] })).documents[0]).toMatchObject({ resolved: 2, total: 3 })

    const disputed = reviewLinks(agreed.gold, opened.versions, defaultSchema, []).disputed
    expect(disputed.map((item) => item.key)).toEqual(['relation located_in|0-11:PER|21-25:GPE'])
    const rejected = rejectLink(agreed, disputed[0]!, by).state
    await api['review:save'](payload(rejected))
    const stored = JSON.parse(await readFile(file, 'utf8')) as { links: unknown[] }
    expect(stored.links).toEqual([{ linkKey: 'relation located_in|0-11:PER|21-25:GPE', outcome: 'rejected', proposedBy: ['ana'], adjudicator: 'lead', decidedAt: NOW.toISOString() }])

    const restarted = await createWorkspace({ homeDir, mode: 'web', defaultCorpus: corpusDir, now: () => NOW })
    await restarted.api['project:openCorpus']({ path: corpusDir })
    expect((await restarted.api['review:summary']({ annotators: ['ana', 'bo'] })).documents[0]).toMatchObject({ resolved: 3, total: 3 })
    const reopened = await restarted.api['review:document']({ documentId: 'a', annotators: ['ana', 'bo'] })
    expect(reopened.links).toEqual(stored.links)
  })

  it('reads a review file written before links were reviewed', async () => {
    const api = await reviewedWorkspace()
    const file = reviewFilePath(projectDirForCorpus(homeDir, corpusDir), 'a')
    await mkdir(join(file, '..'), { recursive: true })
    const decision = { unitKey: 'ana=0-11:PER;bo=0-11:PER', outcome: 'none', annotators: [], adjudicator: 'lead', decidedAt: NOW.toISOString(), goldSpanIds: [] }
    await writeFile(file, JSON.stringify({ version: 1, documentId: 'a', decisions: [decision] }))
    const opened = await api['review:document']({ documentId: 'a', annotators: ['ana', 'bo'] })
    expect(opened.readOnlyReason).toBeUndefined()
    expect(opened.decisions).toEqual([decision])
    expect(opened.links).toEqual([])
  })
})
