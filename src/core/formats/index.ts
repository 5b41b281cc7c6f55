export * from './goldspan'
