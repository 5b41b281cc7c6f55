#!/usr/bin/env node
// Runs the TypeScript CLI straight from src/ through tsx, so `npx goldspan` works
// right after `npm install`, without a build step.
import { register } from 'tsx/esm/api'

register()
const { runCli } = await import('../src/cli/index.ts')
process.exitCode = await runCli(process.argv)
