// @vitest-environment happy-dom
import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Connection } from '../../src/renderer/api/connectApi'
import { DocumentList } from '../../src/renderer/components/DocumentList'
import { createAppServices } from '../../src/renderer/state/appServices'
import { createFakeApi } from './fakeApi'
import { afterPaint, renderWithServices, unmountAll } from './renderWithServices'

// The list and each of its rows read the services once per render: counting the reads counts the renders.
const reads = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../src/renderer/components/servicesContext', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/renderer/components/servicesContext')>()
  return {
    ...actual,
    useServices: () => {
      reads.count++
      return actual.useServices()
    }
  }
})

afterEach(unmountAll)

describe('DocumentList while labelling', () => {
  it('renders the list and the open document’s row at a label, not the other rows', async () => {
    const fake = createFakeApi({ a: 'Ana met Bo', b: 'Cy met Di', c: 'Ed met Flo' })
    const services = createAppServices({ api: fake.api, mode: 'web', onMenuCommand: () => () => undefined } as unknown as Connection)
    await services.session.start()
    const store = services.session.getState().document!
    const container = renderWithServices(services, <DocumentList />)
    expect(container.querySelectorAll('[data-testid="document-item"]')).toHaveLength(3)
    reads.count = 0
    act(() => {
      store.addSpan(0, 3, 'PER')
    })
    await afterPaint()
    expect(reads.count).toBe(2)
    expect(container.querySelector(`[data-document-id="${store.id}"]`)?.textContent).toContain('1 span')
  })
})
