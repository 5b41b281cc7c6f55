import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CorpusError, readCorpus, sha256Hex } from '../../../src/core/node'
import { useTempDirs } from './makeTempDir'

const SEEDS = resolve(__dirname, '../../../seeds')

// Printed by `sha256sum seeds/*` (GNU coreutils) on the committed files.
const SEED_SHA256: Record<string, string> = {
  '000_2bf93c0143f687be': '0674f5226a1533b2d9dbef8c283cc9a469a453f1c53b3e77ec67f66f8e39f5bc',
  '001_1b0f98beef4bd2c0': 'ee9b6b81fe4305ec522052c5d834d26e70dfb5d5a7ee8966dc5f48797e5ec321',
  '002_98eb227a6747c847': '5c186babed33575ccc83dcf459a8359c8e165abe8029f7795eb5e333dfd632ac',
  '003_da26205d20f9c2ca': 'cd6b18a901568339e7e31fa9cf6555c24bc24e469695625ecd2dd90ebe80059a',
  '004_2a9aa91a7580aa05': '5e85778a44ab22fc992e5306b08425ec92f9a099c58c337d09c273dd9b0db9cb'
}

const makeTempDir = useTempDirs()

describe('readCorpus on the seeds', () => {
  it('reads the five articles in name order, ids without extension, with sha256 of the raw bytes', async () => {
    const corpus = await readCorpus(SEEDS)
    expect(corpus.problems).toEqual([])
    expect(corpus.notes).toEqual([])
    expect(corpus.documents.map((document) => document.id)).toEqual(Object.keys(SEED_SHA256))
    for (const document of corpus.documents) {
      const raw = await readFile(join(SEEDS, `${document.id}.txt`))
      expect(document.sha256).toBe(SEED_SHA256[document.id])
      expect(document.sha256).toBe(createHash('sha256').update(raw).digest('hex'))
      expect(Buffer.from(document.text, 'utf8').equals(raw)).toBe(true)
      expect(document.source).toBe(join(SEEDS, `${document.id}.txt`))
      expect(document.meta).toEqual({})
    }
  })

  it('keeps NBSP and typographic apostrophes as they are', async () => {
    const corpus = await readCorpus(SEEDS)
    const byId = new Map(corpus.documents.map((document) => [document.id, document.text]))
    // Counted with grep -o on the files: 4 NBSP in 003, 32 ’ in 000.
    expect(byId.get('003_da26205d20f9c2ca')?.split('\u00a0').length).toBe(4 + 1)
    expect(byId.get('000_2bf93c0143f687be')?.split('\u2019').length).toBe(32 + 1)
    expect(byId.get('000_2bf93c0143f687be')).toContain('L\u2019armée syrienne')
  })
})

describe('readCorpus on a folder of .txt files', () => {
  it('keeps CRLF, tabs, NBSP, emoji and combining marks exactly', async () => {
    const dir = await makeTempDir()
    const text = 'Ligne\u00a01\r\n\tCafe\u0301 \u{1F600} fin\r\n'
    await writeFile(join(dir, 'doc.txt'), text, 'utf8')
    const [document] = (await readCorpus(dir)).documents
    expect(document?.text).toBe(text)
    expect(document?.text.length).toBe(24)
    expect(document?.sha256).toBe(createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'))
  })

  it('drops a BOM, says so, and hashes the text without it', async () => {
    const dir = await makeTempDir()
    await writeFile(join(dir, 'bom.txt'), Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]))
    const corpus = await readCorpus(dir)
    expect(corpus.documents[0]?.text).toBe('hi')
    expect(corpus.documents[0]?.sha256).toBe(createHash('sha256').update('hi').digest('hex'))
    expect(corpus.notes).toEqual([`${join(dir, 'bom.txt')}: UTF-8 byte order mark removed`])
  })

  it('reports a file with invalid UTF-8 by name and byte, and still reads the others', async () => {
    const dir = await makeTempDir()
    await writeFile(join(dir, 'a.txt'), 'fine')
    await writeFile(join(dir, 'b.txt'), Buffer.from([0x6f, 0x6b, 0x20, 0xed, 0xa0, 0x80]))
    await writeFile(join(dir, 'c.txt'), 'also fine')
    const corpus = await readCorpus(dir)
    expect(corpus.documents.map((document) => document.id)).toEqual(['a', 'c'])
    expect(corpus.problems).toEqual([
      { file: join(dir, 'b.txt'), reason: 'invalid UTF-8 at byte 3 (encoded surrogate (U+D800–U+DFFF))' }
    ])
  })

  it('sorts by code unit order, skips other files with a note, ignores dot files and folders', async () => {
    const dir = await makeTempDir()
    for (const name of ['b.txt', 'a.txt', 'B.txt', 'notes.md', '.hidden.txt']) await writeFile(join(dir, name), name)
    await mkdir(join(dir, 'sub.txt'))
    const corpus = await readCorpus(dir)
    expect(corpus.documents.map((document) => document.id)).toEqual(['B', 'a', 'b'])
    expect(corpus.notes).toEqual([`${join(dir, 'notes.md')}: skipped (not a .txt file)`])
  })

  it('reports an empty file and a duplicate id (a.txt and a.TXT)', async () => {
    const dir = await makeTempDir()
    await writeFile(join(dir, 'empty.txt'), '')
    await writeFile(join(dir, 'a.txt'), 'one')
    await writeFile(join(dir, 'a.TXT'), 'two')
    const corpus = await readCorpus(dir)
    expect(corpus.documents.map((document) => [document.id, document.text])).toEqual([['a', 'two']])
    expect(corpus.problems).toEqual([
      { file: join(dir, 'a.txt'), reason: `duplicate document id "a" (also ${join(dir, 'a.TXT')})` },
      { file: join(dir, 'empty.txt'), reason: 'file is empty' }
    ])
  })
})

describe('readCorpus on JSONL', () => {
  it('reads id, text and the other fields as meta, in line order', async () => {
    const dir = await makeTempDir()
    const file = join(dir, 'corpus.jsonl')
    const lines = [
      JSON.stringify({ id: 'z', text: 'Zed\r\n\u{1F600}', lang: 'en' }),
      '',
      JSON.stringify({ text: 'a\u00a0b', id: 'a', tags: ['x'] })
    ]
    await writeFile(file, `${lines.join('\n')}\n`)
    const corpus = await readCorpus(file)
    expect(corpus.problems).toEqual([])
    expect(corpus.documents).toEqual([
      { id: 'z', text: 'Zed\r\n\u{1F600}', sha256: sha256Hex('Zed\r\n\u{1F600}'), source: `${file}:1`, meta: { lang: 'en' } },
      { id: 'a', text: 'a\u00a0b', sha256: sha256Hex('a\u00a0b'), source: `${file}:3`, meta: { tags: ['x'] } }
    ])
  })

  it('reports each bad line with its number and keeps the good ones', async () => {
    const dir = await makeTempDir()
    const file = join(dir, 'corpus.jsonl')
    const lines = [
      '{"id": "one", "text": "first"}',
      '{"text": "no id"}',
      '{"id": "two"}',
      '{"id": "one", "text": "again"}',
      '{"id": "three", "text": "unterminated',
      '[1, 2]',
      '{"id": 3, "text": "numeric id"}',
      '{"id": "four", "text": "lone \\ud800 surrogate"}',
      '{"id": "five", "text": ""}',
      '{"id": "six", "text": "last, without newline"}'
    ]
    await writeFile(file, lines.join('\r\n'))
    const corpus = await readCorpus(file)
    expect(corpus.documents.map((document) => document.id)).toEqual(['one', 'six'])
    expect(corpus.problems.map((problem) => `${problem.file.slice(dir.length + 1)}: ${problem.reason}`)).toEqual([
      'corpus.jsonl:2: missing "id"',
      'corpus.jsonl:3: missing "text"',
      'corpus.jsonl:4: duplicate id "one" (first on line 1)',
      expect.stringMatching(/^corpus\.jsonl:5: bad JSON \(.+\)$/),
      'corpus.jsonl:6: a record must be a JSON object',
      'corpus.jsonl:7: "id" must be a non-empty string',
      'corpus.jsonl:8: "text" has a lone surrogate at utf16 offset 5',
      'corpus.jsonl:9: "text" is empty'
    ])
  })

  it('reports invalid UTF-8 on its line with the byte offset in the file, after a BOM', async () => {
    const dir = await makeTempDir()
    const file = join(dir, 'corpus.jsonl')
    const first = Buffer.from('{"id":"a","text":"ok"}\n') // 23 bytes, offsets 3..25 after the BOM
    const second = Buffer.concat([Buffer.from('{"id":"b","text":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')])
    await writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), first, second]))
    const corpus = await readCorpus(file)
    expect(corpus.documents.map((document) => document.id)).toEqual(['a'])
    expect(corpus.notes).toEqual([`${file}: UTF-8 byte order mark removed`])
    // BOM 3 + line 1 (23) + '{"id":"b","text":"' (18) = byte 44
    expect(corpus.problems).toEqual([
      { file: `${file}:2`, reason: 'invalid UTF-8 at byte 44 of the file (incomplete 2-byte sequence (0x28 where a continuation byte was expected))' }
    ])
  })
})

describe('readCorpus errors', () => {
  it('throws CorpusError for a missing path or a file that is not .jsonl', async () => {
    const dir = await makeTempDir()
    await expect(readCorpus(join(dir, 'nope'))).rejects.toThrow(new CorpusError(`${join(dir, 'nope')}: cannot open corpus (ENOENT)`))
    await writeFile(join(dir, 'one.txt'), 'x')
    await expect(readCorpus(join(dir, 'one.txt'))).rejects.toThrow(`${join(dir, 'one.txt')}: a corpus is a folder of .txt files or a .jsonl file`)
  })
})
