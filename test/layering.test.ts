import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, dirname } from 'node:path'
import { describe, expect, it } from 'vitest'

// The dependency direction of docs/architecture.md, checked on the import statements
// themselves so a violation fails the build rather than waiting for a reviewer.
const root = resolve(__dirname, '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8')
  const specifiers: string[] = []
  for (const match of source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    specifiers.push((match[1] ?? match[2])!)
  }
  return specifiers
}

/** Resolves a relative specifier to a repository path like `src/core/node/x`; leaves packages as they are. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier
  return relative(root, resolve(dirname(file), specifier)).split('\\').join('/')
}

function violations(folder: string, isForbidden: (target: string, file: string) => boolean): string[] {
  return sourceFiles(join(root, folder)).flatMap((file) =>
    importsOf(file)
      .map((specifier) => target(file, specifier))
      .filter((imported) => isForbidden(imported, relative(root, file)))
      .map((imported) => `${relative(root, file)} imports ${imported}`)
  )
}

const uiOrShell = /^(electron|react|react-dom|@tiptap\/|src\/(main|preload|renderer|cli)(\/|$))/

describe('layering', () => {
  it('core imports nothing from the app, the UI or Electron', () => {
    expect(violations('src/core', (imported) => uiOrShell.test(imported))).toEqual([])
  })

  it('only src/core/node touches node built-ins', () => {
    expect(
      violations('src/core', (imported, file) => imported.startsWith('node:') && !file.startsWith('src/core/node/'))
    ).toEqual([])
  })

  it('the renderer reaches files only through the API: no node, no core/node, no main or cli', () => {
    expect(
      violations('src/renderer', (imported) => /^(node:|electron$|src\/core\/node|src\/(main|cli|preload)(\/|$))/.test(imported))
    ).toEqual([])
  })

  it('the checker itself sees imports (a forbidden import in a fixture is caught)', () => {
    const fixture = join(root, 'test/fixtures/layering/forbidden.ts.txt')
    expect(importsOf(fixture).map((specifier) => target(fixture, specifier))).toContain('src/core/node/anything')
  })
})
