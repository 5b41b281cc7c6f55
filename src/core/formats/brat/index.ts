export { readBratDocument, BINARY_ATTRIBUTE_VALUE, type BratDocumentInput } from './readBratDocument'
export { writeBratDocument, type BratFiles } from './writeBratDocument'
export { readAnnotationConf, BRAT_TYPE_PALETTE, NOTE_ATTRIBUTE_DEFINITION, type AnnotationConfResult } from './readAnnotationConf'
export { buildAnnotationConf, writeAnnotationConf } from './writeAnnotationConf'
