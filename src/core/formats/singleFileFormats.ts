import { readConll, writeConll } from './conll'
import { readDoccano, writeDoccano } from './doccano'
import type { InterchangeDocument, ReadResult, WriteResult } from './interchange'
import { readLabelStudio, writeLabelStudio } from './labelstudio'
import { readSpacyJsonl, writeSpacyJsonl } from './spacy'

/** A format held in one file, with each format's default options. brat (two files per document) is apart. */
export interface SingleFileFormat {
  /** The usual file name ending. */
  readonly extension: string
  read(content: string, source: string): ReadResult
  write(documents: readonly InterchangeDocument[]): WriteResult
}

/** The names `--format` takes for single-file formats, for the CLI and the app's dialogs. */
export const SINGLE_FILE_FORMATS = {
  doccano: { extension: '.jsonl', read: (content, source) => readDoccano(content, { source }), write: (documents) => writeDoccano(documents) },
  spacy: { extension: '.jsonl', read: readSpacyJsonl, write: (documents) => writeSpacyJsonl(documents) },
  conll: { extension: '.conll', read: (content, source) => readConll(content, { source }), write: (documents) => writeConll(documents) },
  'conll-bioes': {
    extension: '.conll',
    read: (content, source) => readConll(content, { source }),
    write: (documents) => writeConll(documents, { scheme: 'BIOES' })
  },
  conll2003: {
    extension: '.conll',
    read: (content, source) => readConll(content, { source }),
    write: (documents) => writeConll(documents, { columns: 4 })
  },
  'label-studio': { extension: '.json', read: (content, source) => readLabelStudio(content, { source }), write: (documents) => writeLabelStudio(documents) }
} as const satisfies Record<string, SingleFileFormat>

export type SingleFileFormatName = keyof typeof SINGLE_FILE_FORMATS
