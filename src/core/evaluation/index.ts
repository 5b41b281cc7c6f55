export * from './semeval'
export * from './conlleval'
export * from './events'
