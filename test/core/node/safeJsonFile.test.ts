import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { describe, expect, it } from 'vitest'
import { SafeJsonFile } from '../../../src/core/node'
import { useTempDirs } from './makeTempDir'

const makeTempDir = useTempDirs()

interface Counter {
  count: number
}

class TestFileError extends Error {}

function counterFile(file: string): SafeJsonFile<Counter> {
  return new SafeJsonFile<Counter>(file, {
    validate: (value) => {
      if (typeof value !== 'object' || value === null || typeof (value as Counter).count !== 'number') throw new Error('count must be a number')
      return { count: (value as Counter).count }
    },
    serialize: (data) => `${JSON.stringify({ count: data.count })}\n`,
    toError: (file, reason) => new TestFileError(`${file}: ${reason}`)
  })
}

describe('SafeJsonFile with lowdb Low', () => {
  it('reads a missing file as the defaults and writes deterministic text', async () => {
    const file = join(await makeTempDir(), 'counter.json')
    const db = new Low(counterFile(file), { count: 0 })
    await db.read()
    expect(db.data).toEqual({ count: 0 })
    await db.update((data) => {
      data.count = 2
    })
    expect(await readFile(file, 'utf8')).toBe('{"count":2}\n')
    const again = new Low(counterFile(file), { count: 0 })
    await again.read()
    expect(again.data).toEqual({ count: 2 })
  })

  it('writeVersion returns the written file\'s inode:size:mtime, which is its version on disk', async () => {
    const file = join(await makeTempDir(), 'counter.json')
    const version = await counterFile(file).writeVersion({ count: 7 })
    const stats = await stat(file, { bigint: true })
    // '{"count":7}\n' is 12 bytes.
    expect(version).toBe(`${stats.ino}:12:${stats.mtimeNs}`)
    expect(await counterFile(file).writeVersion({ count: 8 })).not.toBe(version)
  })

  it.each([
    ['truncated JSON', '{"count": 1', /: not valid JSON at line 1, column 12 \(/],
    ['an empty file', '', /: file is empty$/],
    ['JSON that does not validate', '{"count": "one"}', /: count must be a number$/],
    ['bytes that are not UTF-8', Buffer.from([0x7b, 0xff, 0x7d]), /: invalid UTF-8 at byte 1 \(byte 0xFF never appears in UTF-8\)$/]
  ])('throws on %s instead of falling back to the defaults, and never overwrites it', async (_name, content, reason) => {
    const file = join(await makeTempDir(), 'counter.json')
    await writeFile(file, content)
    const before = await readFile(file)
    const db = new Low(counterFile(file), { count: 0 })
    const readError = await db.read().then(
      () => null,
      (error: unknown) => error
    )
    expect(readError).toBeInstanceOf(TestFileError)
    expect((readError as Error).message.startsWith(`${file}: `)).toBe(true)
    expect((readError as Error).message).toMatch(reason)
    db.data = { count: 5 }
    await expect(db.write()).rejects.toThrow(`${file}: not overwritten: the file on disk is unreadable (`)
    expect((await readFile(file)).equals(before)).toBe(true)
  })

  it('reports line and column of a JSON error on a later line', async () => {
    const file = join(await makeTempDir(), 'counter.json')
    await writeFile(file, '{\n  "count": 1,\n}\n')
    await expect(counterFile(file).read()).rejects.toThrow(/not valid JSON at line 3, column 1 /)
  })
})
