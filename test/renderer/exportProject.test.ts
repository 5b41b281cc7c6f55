// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { ChannelPayload, ExportResult } from '../../src/core/api/contract'
import type { JobStatus } from '../../src/core/api/importExportChannels'
import type { Connection } from '../../src/renderer/api/connectApi'
import { exportProject, runExport } from '../../src/renderer/components/exportProject'
import { importExportDialogsOf } from '../../src/renderer/importExport/dialogStore'
import { createAppServices } from '../../src/renderer/state/appServices'
import { createFakeApi } from './fakeApi'

const REQUEST: ChannelPayload<'project:export'> = { format: 'doccano', offsetUnit: 'codepoint', layer: { annotator: 'ana' } }

/** Services over a fake API whose export job ends at once with `result`; records the requests. */
async function servicesExporting(result: ExportResult) {
  const fake = createFakeApi({ a: 'Daech recule.', b: 'Soueïda.' })
  const requests: ChannelPayload<'job:start'>[] = []
  fake.api['job:start'] = async (request) => {
    requests.push(request)
    const status: JobStatus = { id: 'job-1', kind: 'export', state: 'done', done: 1, total: 1, phase: 'done', result: { kind: 'export', value: result } }
    return status
  }
  const services = createAppServices({ api: fake.api, mode: 'web', onMenuCommand: () => () => undefined } as unknown as Connection)
  await services.session.start()
  return { services, requests }
}

describe('export from the app', () => {
  it('opens the Export dialog instead of exporting at once', async () => {
    const { services, requests } = await servicesExporting({ fileName: 'x.jsonl', documentCount: 0, spanCount: 0 })
    await exportProject(services)
    expect(importExportDialogsOf(services).getState().open).toBe('export')
    expect(requests).toEqual([])
  })

  it('runs the export as a job with the dialog’s request and names every document it left out in a banner', async () => {
    const skipped = [{ documentId: 'b', reason: '/p/annotations/ana/b.json: not valid JSON at line 1' }]
    const { services, requests } = await servicesExporting({ fileName: 'seeds-ana.jsonl', savedTo: '/out/seeds-ana.jsonl', documentCount: 1, spanCount: 0, skipped })
    const result = await runExport(services, REQUEST)
    expect(requests).toEqual([{ kind: 'export', request: REQUEST }])
    expect(result.savedTo).toBe('/out/seeds-ana.jsonl')
    expect(services.session.getState().banners.map((banner) => [banner.kind, banner.text])).toEqual([
      ['warning', 'The export left out 1 document(s): b (/p/annotations/ana/b.json: not valid JSON at line 1)']
    ])
    expect(services.view.getState().notice).toBe('Exported 1 documents, 0 spans to /out/seeds-ana.jsonl.')
  })

  it('adds no banner when nothing was left out', async () => {
    const { services } = await servicesExporting({ fileName: 'x.jsonl', savedTo: '/out/x.jsonl', documentCount: 2, spanCount: 3 })
    await runExport(services, REQUEST)
    expect(services.session.getState().banners).toEqual([])
  })
})
