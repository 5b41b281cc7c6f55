import type { AnnotationFormat } from '../../core/api/contract'

/** How the dialogs name each format. */
export const FORMAT_TITLES: Readonly<Record<AnnotationFormat, string>> = {
  goldspan: 'goldspan JSONL',
  doccano: 'doccano JSONL',
  spacy: 'spaCy JSONL',
  conll: 'CoNLL (BIO)',
  labelstudio: 'Label Studio JSON',
  brat: 'brat standoff (folder)'
}
