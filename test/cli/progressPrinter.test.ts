import { describe, expect, it } from 'vitest'
import { progressPrinter } from '../../src/cli/progressPrinter'

describe('progressPrinter', () => {
  it('prints about every tenth of a large import', () => {
    const lines: string[] = []
    const report = progressPrinter({ write: (text: string) => lines.push(text) })
    for (let done = 0; done < 5000; done++) report(done, 5000)
    // At 0, 500, 1000 … 4500: ten lines.
    expect(lines).toHaveLength(10)
    expect(lines[0]).toBe('reading 0/5000 files (0%)\n')
    expect(lines[9]).toBe('reading 4500/5000 files (90%)\n')
  })

  it('stays quiet under 1,000 files', () => {
    const lines: string[] = []
    const report = progressPrinter({ write: (text: string) => lines.push(text) })
    for (let done = 0; done < 999; done++) report(done, 999)
    expect(lines).toEqual([])
  })
})
