export { readBratDocument, type BratDocumentInput } from './readBratDocument'
export { writeBratDocument, type BratFiles } from './writeBratDocument'
export { readAnnotationConf, BRAT_TYPE_PALETTE, type AnnotationConfResult } from './readAnnotationConf'
export { writeAnnotationConf } from './writeAnnotationConf'
