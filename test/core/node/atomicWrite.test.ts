import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { atomicWrite, backupPath } from '../../../src/core/node'
import { useTempDirs } from './makeTempDir'

const makeTempDir = useTempDirs()

describe('atomicWrite', () => {
  it('creates a file without a backup when there was none', async () => {
    const dir = await makeTempDir()
    const file = join(dir, 'a.json')
    await atomicWrite(file, 'first\n')
    expect(await readFile(file, 'utf8')).toBe('first\n')
    expect(await readdir(dir)).toEqual(['a.json'])
  })

  it('keeps the previous version as .bak and leaves no temp file', async () => {
    const dir = await makeTempDir()
    const file = join(dir, 'a.json')
    await atomicWrite(file, 'first\n')
    await atomicWrite(file, 'second\n')
    await atomicWrite(file, 'third é\u{1F600}\n')
    expect(await readFile(file, 'utf8')).toBe('third é\u{1F600}\n')
    expect(await readFile(backupPath(file), 'utf8')).toBe('second\n')
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'a.json.bak'])
  })

  it('writes a string as UTF-8, a lone surrogate as U+FFFD, and pieces of bytes in order', async () => {
    const dir = await makeTempDir()
    const file = join(dir, 'a.json')
    await atomicWrite(file, 'é\u{1F600}\uD800\n')
    // é = C3 A9; U+1F600 = F0 9F 98 80; a lone surrogate = EF BF BD (U+FFFD); \n = 0A.
    expect([...(await readFile(file))]).toEqual([0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80, 0xef, 0xbf, 0xbd, 0x0a])
    await atomicWrite(file, [new Uint8Array([0x7b]), new Uint8Array([0x7d, 0x0a])])
    expect(await readFile(file, 'utf8')).toBe('{}\n')
  })

  it('with keepBackup: false replaces the file and neither makes nor touches a .bak', async () => {
    const dir = await makeTempDir()
    const file = join(dir, 'a.json')
    await atomicWrite(file, 'first\n', { keepBackup: false })
    await atomicWrite(file, 'second\n', { keepBackup: false })
    expect(await readFile(file, 'utf8')).toBe('second\n')
    expect(await readdir(dir)).toEqual(['a.json'])
    await writeFile(backupPath(file), 'older\n')
    await atomicWrite(file, 'third\n', { keepBackup: false })
    expect(await readFile(backupPath(file), 'utf8')).toBe('older\n')
  })

  it('gives the backup its own content: rewriting the file does not change the .bak', async () => {
    const dir = await makeTempDir()
    const file = join(dir, 'a.json')
    await atomicWrite(file, 'one\n')
    await atomicWrite(file, 'two\n')
    await writeFile(file, 'edited in place\n')
    expect(await readFile(backupPath(file), 'utf8')).toBe('one\n')
  })

  it('fails without leaving anything when the folder does not exist', async () => {
    const dir = await makeTempDir()
    await expect(atomicWrite(join(dir, 'missing', 'a.json'), 'x')).rejects.toThrow(/ENOENT/)
    expect(await readdir(dir)).toEqual([])
  })
})
