export { readSpacyJsonl } from './readSpacyJsonl'
export { writeSpacyJsonl, type SpacyWriteOptions } from './writeSpacyJsonl'
