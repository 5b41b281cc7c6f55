/** Where an annotator stands on one document. */
export const DOCUMENT_STATUSES = ['todo', 'in_progress', 'done'] as const
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number]
