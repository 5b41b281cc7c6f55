import type { AnnotationFormat } from '../../api'

/**
 * The format a path most likely holds, from its extension; `.jsonl` is goldspan, doccano or
 * spaCy, which only the content tells apart (`sniffJsonlFormat`). A path without an
 * extension is taken for a brat folder.
 */
export function formatFromPath(path: string): AnnotationFormat | 'jsonl' | null {
  const name = path.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? ''
  const dot = name.lastIndexOf('.')
  const extension = dot > 0 ? name.slice(dot).toLowerCase() : ''
  if (extension === '.jsonl') return 'jsonl'
  if (extension === '.json') return 'labelstudio'
  if (['.conll', '.bio', '.iob', '.tsv'].includes(extension)) return 'conll'
  if (extension === '') return 'brat'
  return null
}

/** Tells goldspan, doccano and spaCy JSONL apart from the first record's fields. */
export function sniffJsonlFormat(content: string): 'goldspan' | 'doccano' | 'spacy' {
  const firstLine = content.split('\n').find((line) => line.trim() !== '') ?? ''
  let record: unknown
  try {
    record = JSON.parse(firstLine)
  } catch {
    return 'goldspan'
  }
  if (typeof record !== 'object' || record === null) return 'goldspan'
  const fields = record as Record<string, unknown>
  if ('sha256' in fields || 'offset_unit' in fields) return 'goldspan'
  if ('label' in fields) return 'doccano'
  if ('ents' in fields) return 'spacy'
  const first = Array.isArray(fields.entities) ? (fields.entities[0] as unknown) : undefined
  if (Array.isArray(first)) return 'spacy'
  if (typeof first === 'object' && first !== null && 'start_offset' in first) return 'doccano'
  return 'goldspan'
}
