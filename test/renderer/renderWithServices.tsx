import { act, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import type { Connection } from '../../src/renderer/api/connectApi'
import { ServicesContext } from '../../src/renderer/components/servicesContext'
import { afterNextPaint } from '../../src/renderer/state/afterNextPaint'
import { createAppServices, type AppServices } from '../../src/renderer/state/appServices'
import type { DocumentStore } from '../../src/renderer/state/documentStore'
import { createFakeApi } from './fakeApi'

// React's act() outside a test framework integration needs this flag.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const roots: Root[] = []

/** The app's services over a fake API whose one document is `seed`, started, with that document open. */
export async function servicesOnSeed(seed: string): Promise<{ services: AppServices; store: DocumentStore }> {
  const fake = createFakeApi({ seed })
  const connection = { api: fake.api, mode: 'web', onMenuCommand: () => () => undefined } as unknown as Connection
  const services = createAppServices(connection)
  await services.session.start()
  const store = services.session.getState().document
  if (!store) throw new Error('no document opened')
  return { services, store }
}

/** Renders `node` inside the services' context into a fresh container; `unmountAll` takes it down. */
export function renderWithServices(services: AppServices, node: ReactNode): HTMLElement {
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  roots.push(root)
  act(() => root.render(<ServicesContext.Provider value={services}>{node}</ServicesContext.Provider>))
  return container
}

/** For afterEach: unmounts everything rendered and empties the page. */
export function unmountAll(): void {
  act(() => roots.splice(0).forEach((root) => root.unmount()))
  document.body.innerHTML = ''
}

/** Lets the side panels catch up: they show the stores as of the last painted frame (paintedView). */
export async function afterPaint(): Promise<void> {
  await act(() => afterNextPaint())
}
