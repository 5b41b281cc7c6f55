// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { Connection } from '../../src/renderer/api/connectApi'
import { exportProject } from '../../src/renderer/components/exportProject'
import { createAppServices } from '../../src/renderer/state/appServices'
import { createFakeApi } from './fakeApi'

async function exportWith(skipped: { documentId: string; reason: string }[] | undefined) {
  const fake = createFakeApi({ a: 'Daech recule.', b: 'Soueïda.' })
  fake.api['project:export'] = async () => ({ fileName: 'seeds-ana.jsonl', content: '{}\n', documentCount: 1, spanCount: 0, ...(skipped ? { skipped } : {}) })
  const services = createAppServices({ api: fake.api, mode: 'web', onMenuCommand: () => () => undefined } as unknown as Connection)
  await services.session.start()
  await exportProject(services)
  return services
}

describe('exportProject', () => {
  it('names every document the export left out in a warning banner', async () => {
    const services = await exportWith([{ documentId: 'b', reason: '/p/annotations/ana/b.json: not valid JSON at line 1' }])
    expect(services.session.getState().banners.map((banner) => [banner.kind, banner.text])).toEqual([
      ['warning', 'The export left out 1 document(s): b (/p/annotations/ana/b.json: not valid JSON at line 1)']
    ])
  })

  it('adds no banner when nothing was left out', async () => {
    const services = await exportWith(undefined)
    expect(services.session.getState().banners).toEqual([])
  })
})
