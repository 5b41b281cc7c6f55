export { readDoccano, type DoccanoReadOptions } from './readDoccano'
export { writeDoccano, type DoccanoWriteOptions } from './writeDoccano'
