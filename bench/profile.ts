import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { callApi, launchChromium, REPO_ROOT, startGoldspanWeb } from '../test/e2e/harness'
import { generateDocument, readSeedWords } from './corpus'
import { labelWords } from './pageProbes'
import { writeDesignProject } from './projects'
import { openDocument } from './renderer'

// `npx tsx bench/profile.ts open [S|L|XL]` or `labels [count]`: CPU profile of opening a
// design point's document (L by default), or of labelling `count` words in L, printed as the
// functions with the most self time (where to look before optimising).

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

let opened: CpuProfile | undefined

/** Starts the CPU profiler; the returned function stops it and gives the profile. */
async function profileWith(page: Page): Promise<() => Promise<CpuProfile>> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
    opened = profile
    return profile
  }
}

const mode = process.argv[2] === 'open' ? 'open' : 'labels'
const count = mode === 'labels' ? Number(process.argv[3] ?? '20') : 0
const POINTS = {
  S: { name: 'S', bytes: 200_000, paragraphs: 1_000, spans: 2_000 },
  L: { name: 'L', bytes: 1_000_000, paragraphs: 5_000, spans: 10_000 },
  XL: { name: 'XL', bytes: 5_000_000, paragraphs: 25_000, spans: 50_000 }
} as const
const point = mode === 'open' ? POINTS[(process.argv[3] ?? 'L') as keyof typeof POINTS] : POINTS.L
if (!point) throw new Error(`no design point ${process.argv[3]}: S, L or XL`)
const web = await startGoldspanWeb()
const browser = await launchChromium()
try {
  const document = generateDocument(point, readSeedWords(join(REPO_ROOT, 'seeds')), 20_260_102)
  const project = await writeDesignProject(join(web.homeDir, 'work'), [document], 'bench')
  await callApi(web, 'session:setAnnotator', { name: 'bench' })
  await callApi(web, 'project:open', { dir: project.dir })
  const { page } = await openDocument(browser, web, document, mode === 'open' ? profileWith : undefined)
  let profile: CpuProfile | undefined = opened
  if (mode === 'labels') {
    const stop = await profileWith(page)
    const figures = await page.evaluate(labelWords, [count, ['p', 'o']] as [number, string[]])
    process.stdout.write(`js ms: ${figures.jsMs.map((ms) => ms.toFixed(0)).join(' ')}\n`)
    profile = await stop()
  }
  if (!profile) throw new Error('no profile taken')
  const selfTime = new Map<string, number>()
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)
    if (!node) return
    const frame = node.callFrame
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`
    selfTime.set(key, (selfTime.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000)
  })
  const top = [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 30)
  process.stdout.write('self time\n')
  for (const [name, ms] of top) process.stdout.write(`${ms.toFixed(1).padStart(8)} ms  ${name}\n`)
  // Total time (self and callees) per function, each function counted once per stack.
  const parents = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
  const nameOf = (node: ProfileNode): string => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`
  const totalTime = new Map<string, number>()
  profile.samples.forEach((id, index) => {
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const node = byId.get(at)
      if (!node) break
      seen.add(nameOf(node))
    }
    for (const name of seen) totalTime.set(name, (totalTime.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000)
  })
  // Where the time of one function goes: total time of its direct callees (PROFILE_FOCUS=name).
  const focus = process.env.PROFILE_FOCUS
  if (focus) {
    const callees = new Map<string, number>()
    profile.samples.forEach((id, index) => {
      let child: ProfileNode | undefined
      for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
        const node = byId.get(at)
        if (!node) break
        if (node.callFrame.functionName === focus) {
          const name = child ? nameOf(child) : '(self)'
          callees.set(name, (callees.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000)
          break
        }
        child = node
      }
    })
    process.stdout.write(`callees of ${focus}\n`)
    for (const [name, ms] of [...callees].sort((a, b) => b[1] - a[1]).slice(0, 20)) process.stdout.write(`${ms.toFixed(1).padStart(8)} ms  ${name}\n`)
  }
  process.stdout.write('total time\n')
  for (const [name, ms] of [...totalTime].sort((a, b) => b[1] - a[1]).slice(0, 45)) process.stdout.write(`${ms.toFixed(1).padStart(8)} ms  ${name}\n`)
} finally {
  await browser.close()
  await web.stop()
}
