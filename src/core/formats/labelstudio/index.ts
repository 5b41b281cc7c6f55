export { readLabelStudio, type LabelStudioReadOptions } from './readLabelStudio'
export { writeLabelStudio, type LabelStudioWriteOptions } from './writeLabelStudio'
