export * from './semeval'
export * from './conlleval'
