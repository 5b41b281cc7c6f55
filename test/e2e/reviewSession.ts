import type { Browser } from 'playwright-core'
import type { Span } from '../../src/core/model'
import { SEEDS_DIR, type ExpectedSpan } from './annotationSession'
import { callApi, openApp, type AppPage, type WebModeProcess } from './harness'

// Helpers for the review sessions: annotators' work saved through the API, and the app opened on the Review screen.

const CREATED = '2026-11-25T10:00:00.000Z'

/** A span of `annotator` at `expected`, with id `id` and, for an event, its arguments (role → span id). */
export function storedSpan(id: string, expected: ExpectedSpan, annotator: string, args?: readonly (readonly [role: string, ref: string])[]): Span {
  return {
    id,
    start: expected.start,
    end: expected.end,
    label: expected.label,
    annotator,
    created: CREATED,
    updated: CREATED,
    ...(args ? { arguments: args.map(([role, ref]) => ({ role, ref })) } : {})
  }
}

/** Saves `annotator`'s spans on a seed document through the API, done, as that annotator's session would. */
export async function saveAsAnnotator(web: WebModeProcess, annotator: string, documentId: string, spans: readonly Span[]): Promise<void> {
  await callApi(web, 'session:setAnnotator', { name: annotator })
  await callApi(web, 'project:openCorpus', { path: SEEDS_DIR })
  const opened = await callApi(web, 'document:open', { documentId })
  await callApi(web, 'document:save', { annotations: { ...opened.annotations, status: 'done', spans: [...spans], relations: [] } })
}

/** Opens the app and its Review screen. */
export async function openReviewScreen(browser: Browser, web: WebModeProcess): Promise<AppPage> {
  const app = await openApp(browser, web)
  await app.page.getByTestId('review-button').click({ timeout: 30_000 })
  await app.page.getByTestId('review-screen').waitFor()
  return app
}
