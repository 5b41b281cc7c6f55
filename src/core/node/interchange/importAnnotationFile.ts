import type { AnnotationFormat, ImportReport, ImportTarget } from '../../api'
import { formatGoldProblem, fromGoldRecord, type GoldProblem, type GoldRecord } from '../../formats'
import type { ConversionIssue } from '../../formats/interchange'
import { ANNOTATION_FILE_VERSION, type DocumentAnnotations } from '../../model'
import { AnnotationFileError } from '../errors'
import { loadAnnotations, saveAnnotations, validateAnnotations, type Project } from '../project'
import { saveSuggestions, type SuggestionFile } from '../suggestions/suggestionLayer'
import { readAnnotationFile } from './readAnnotationFile'

type Prepared = { readonly kind: 'annotations'; readonly value: DocumentAnnotations } | { readonly kind: 'suggestions'; readonly value: SuggestionFile }

/** What a suggestion cannot hold (it is a labelled stretch of text only): each event argument and relation is reported. */
function linksNotCarried(record: GoldRecord): ConversionIssue[] {
  return [
    ...record.events
      .filter((event) => event.arguments.length > 0)
      .map((event) => ({ document: record.id, item: `event ${event.id} ${event.type} (${event.arguments.length} argument(s))`, reason: 'suggestions carry the trigger only, not its arguments' })),
    ...record.relations.map((relation) => ({ document: record.id, item: `relation ${relation.id} ${relation.type} ${relation.head}->${relation.tail}`, reason: 'suggestions carry no relations' }))
  ]
}

/**
 * Imports an annotation file (any format the dialogs offer) into the project, either as the
 * annotator's own work or as a model's suggestions. Everything is checked before anything
 * is written: documents matched by id and sha256, offsets, labels, and (for an annotator)
 * existing work, which is replaced only with `replace`. Any problem means nothing is
 * written and the report lists each one as `file:line: reason`.
 */
export async function importAnnotationFile(
  project: Project,
  request: { readonly path: string; readonly format: AnnotationFormat | 'auto'; readonly target: ImportTarget },
  now: string
): Promise<ImportReport> {
  const read = await readAnnotationFile(request.path, request.format, { schema: project.config.schema, documents: project.documents, readAt: now })
  const problems: GoldProblem[] = [...read.problems]
  const report: ConversionIssue[] = [...read.report]
  const prepared: Prepared[] = []
  const { target } = request
  for (const [index, record] of read.records.entries()) {
    const fail = (reason: string): void => {
      problems.push({ file: read.source, line: read.recordLines[index] ?? 0, reason })
    }
    const document = project.documents.find((candidate) => candidate.id === record.id)
    if (!document) {
      fail(`document "${record.id}" is not in the project`)
      continue
    }
    if (document.sha256 !== record.sha256) {
      fail(`document "${record.id}": sha256 ${record.sha256} differs from the project's text (${document.sha256})`)
      continue
    }
    const imported = fromGoldRecord(record)
    if ('model' in target) {
      report.push(...linksNotCarried(record))
      const suggestions = imported.spans.map(({ start, end, label }) => ({ start, end, label }))
      prepared.push({ kind: 'suggestions', value: { version: 1, model: target.model, documentId: document.id, sha256: document.sha256, offsetUnit: 'utf16', source: request.path, importedAt: now, suggestions } })
      continue
    }
    try {
      const existing = await loadAnnotations(project, target.annotator, document.id)
      if (existing.spans.length > 0 && !target.replace) {
        fail(`document "${document.id}" already has ${existing.spans.length} span(s) by ${target.annotator}; choose "replace" to overwrite them`)
        continue
      }
      const annotations: DocumentAnnotations = {
        version: ANNOTATION_FILE_VERSION,
        documentId: document.id,
        sha256: document.sha256,
        annotator: target.annotator,
        status: imported.status,
        offsetUnit: 'utf16',
        // Review provenance belongs to the gold layer, which the app never imports into.
        spans: imported.spans.map(({ provenance: _provenance, ...span }) => ({ ...span, annotator: target.annotator, created: now, updated: now })),
        relations: imported.relations
      }
      prepared.push({ kind: 'annotations', value: validateAnnotations(annotations, { document, annotator: target.annotator, schema: project.config.schema }) })
    } catch (error) {
      fail(error instanceof AnnotationFileError ? `cannot replace ${error.file}: ${error.reason}` : (error as Error).message)
    }
  }
  const base = { format: read.format, report: report.map(({ document, item, reason }) => ({ document, item, reason })) }
  if (problems.length > 0) {
    return { ...base, written: false, documentCount: 0, spanCount: 0, problems: problems.sort((a, b) => a.line - b.line).map(formatGoldProblem) }
  }
  let spanCount = 0
  for (const item of prepared) {
    if (item.kind === 'suggestions') {
      await saveSuggestions(project, item.value)
      spanCount += item.value.suggestions.length
    } else {
      await saveAnnotations(project, item.value)
      spanCount += item.value.spans.length
    }
  }
  return { ...base, written: true, documentCount: prepared.length, spanCount, problems: [] }
}
