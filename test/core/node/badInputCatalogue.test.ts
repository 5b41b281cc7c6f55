import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  annotationPath,
  createProject,
  loadAnnotations,
  openProject,
  saveAnnotations,
  sha256Hex,
  type CorpusLimits
} from '../../../src/core/node'
import {
  annotations,
  EMOJI_TEXT,
  errorOf,
  expectNothingSavedChanged,
  importMessages,
  makeCatalogueEnv,
  snapshotProject,
  span,
  type CatalogueEnv
} from './badInput/catalogueEnv'
import { useTempDirs } from './makeTempDir'

/**
 * The bad input catalogue (issue 9): each case feeds one bad (or borderline) input to the
 * store of a project that already has saved work, and checks the message the user gets and
 * that nothing already saved changed. Expected messages are written from the rules of each
 * check (byte and code unit offsets counted by hand), not copied from output.
 */
interface Case {
  readonly name: string
  /** Runs before the snapshot: plants a broken file the case then reads. */
  readonly prepare?: (env: CatalogueEnv) => Promise<void>
  /** Feeds the input and returns the message produced. */
  readonly run: (env: CatalogueEnv) => Promise<string>
  readonly expected: RegExp | string
}

const makeTempDir = useTempDirs()

async function folder(env: CatalogueEnv, files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = join(env.root, 'corpus')
  await mkdir(dir)
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content)
  return dir
}

async function jsonl(env: CatalogueEnv, content: string | Uint8Array, name = 'corpus.jsonl'): Promise<string> {
  const file = join(env.root, name)
  await writeFile(file, content)
  return file
}

const importFolder = (files: Record<string, string | Uint8Array>, limits?: CorpusLimits) => async (env: CatalogueEnv) =>
  importMessages(env, await folder(env, files), limits)
const importJsonl = (content: string | Uint8Array, limits?: CorpusLimits) => async (env: CatalogueEnv) => importMessages(env, await jsonl(env, content), limits)
const records = (...values: unknown[]) => values.map((value) => JSON.stringify(value)).join('\n') + '\n'
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
const utf16be = (text: string) => Buffer.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()])
const save = (spans: ReturnType<typeof span>[], change: (value: ReturnType<typeof annotations>) => unknown = (value) => value) => (env: CatalogueEnv) =>
  errorOf(() => saveAnnotations(env.project, change(annotations('emoji', EMOJI_TEXT, spans)) as ReturnType<typeof annotations>))
const plant = (relativePath: string, content: string | Uint8Array) => async (env: CatalogueEnv) => {
  await mkdir(join(env.projectDir, relativePath, '..'), { recursive: true })
  await writeFile(join(env.projectDir, relativePath), content)
}
const load = (documentId: string) => (env: CatalogueEnv) => errorOf(() => loadAnnotations(env.project, 'alice', documentId))

const CASES: Case[] = [
  // Encodings
  { name: 'invalid UTF-8 (Latin-1 é) in a .txt', run: importFolder({ 'a.txt': Buffer.from('Caf\xe9 au lait', 'latin1') }), expected: /a\.txt: invalid UTF-8 at byte 3 \(incomplete 3-byte sequence \(0x20 where a continuation byte was expected\)\)$/ },
  { name: 'invalid UTF-8 on line 2 of a JSONL', run: importJsonl(Buffer.concat([Buffer.from('{"id":"a","text":"ok"}\n{"id":"b","text":"'), Buffer.from([0xff]), Buffer.from('"}\n')])), expected: /corpus\.jsonl:2: invalid UTF-8 at byte 41 of the file \(byte 0xFF never appears in UTF-8\)\nadded a$/ },
  { name: 'overlong UTF-8 encoding', run: importFolder({ 'a.txt': Buffer.from([0x61, 0xc0, 0xaf]) }), expected: /a\.txt: invalid UTF-8 at byte 1 \(overlong encoding \(lead byte 0xC0\)\)$/ },
  { name: 'UTF-8 cut inside a character at the end', run: importFolder({ 'a.txt': Buffer.from([0x61, 0x62, 0xe2, 0x82]) }), expected: /a\.txt: invalid UTF-8 at byte 2 \(truncated 3-byte sequence at end of data\)$/ },
  { name: 'surrogate encoded in UTF-8 bytes (CESU-8)', run: importFolder({ 'a.txt': Buffer.from([0x6f, 0x6b, 0xed, 0xa0, 0x80]) }), expected: /a\.txt: invalid UTF-8 at byte 2 \(encoded surrogate \(U\+D800–U\+DFFF\)\)$/ },
  { name: 'UTF-16 LE .txt with BOM', run: importFolder({ 'a.txt': utf16le('Alep') }), expected: /a\.txt: UTF-16 LE is not supported; save as UTF-8$/ },
  { name: 'UTF-16 BE .txt with BOM', run: importFolder({ 'a.txt': utf16be('Alep') }), expected: /a\.txt: UTF-16 BE is not supported; save as UTF-8$/ },
  { name: 'UTF-16 LE JSONL with BOM', run: importJsonl(utf16le('{"id":"a","text":"Alep"}\n')), expected: /corpus\.jsonl: UTF-16 LE is not supported; save as UTF-8$/ },
  { name: 'UTF-16 LE .txt without BOM (NUL every other byte)', run: importFolder({ 'a.txt': Buffer.from('Alep', 'utf16le') }), expected: /a\.txt: contains a NUL character at utf16 offset 1 \(a binary file, or UTF-16 without a byte order mark\?\); save it as UTF-8 text$/ },
  { name: 'UTF-8 BOM on a .txt (accepted, BOM dropped)', run: importFolder({ 'a.txt': Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]) }), expected: /a\.txt: UTF-8 byte order mark removed\nadded a$/ },
  { name: 'UTF-8 BOM on a JSONL (accepted, BOM dropped)', run: importJsonl(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(records({ id: 'a', text: 'hi' }))])), expected: /corpus\.jsonl: UTF-8 byte order mark removed\nadded a$/ },
  { name: 'BOM at the start of line 2 (two JSONL files joined)', run: importJsonl(`${records({ id: 'a', text: 'x' })}\ufeff${records({ id: 'b', text: 'y' })}`), expected: /corpus\.jsonl:2: byte order mark at the start of the line \(files joined together\?\); remove it\nadded a$/ },
  // NUL, surrogates, control characters
  { name: 'NUL byte in a .txt', run: importFolder({ 'a.txt': Buffer.from('ab\0cd') }), expected: /a\.txt: contains a NUL character at utf16 offset 2 / },
  { name: 'NUL escaped in JSONL ("\\u0000")', run: importJsonl('{"id":"a","text":"x\\u0000y"}\n'), expected: /corpus\.jsonl:1: "text" contains a NUL character at utf16 offset 1 / },
  { name: 'lone high surrogate in JSONL ("\\ud800")', run: importJsonl('{"id":"a","text":"ab\\ud800c"}\n'), expected: /corpus\.jsonl:1: "text" has a lone surrogate at utf16 offset 2$/ },
  { name: 'lone low surrogate in JSONL ("\\udc00")', run: importJsonl('{"id":"a","text":"\\udc00"}\n'), expected: /corpus\.jsonl:1: "text" has a lone surrogate at utf16 offset 0$/ },
  { name: 'high surrogates in the wrong order ("\\ude00\\ud83d")', run: importJsonl('{"id":"a","text":"x\\ude00\\ud83d"}\n'), expected: /corpus\.jsonl:1: "text" has a lone surrogate at utf16 offset 1$/ },
  { name: 'lone surrogate in a JSONL id', run: importJsonl('{"id":"a\\ud800","text":"x"}\n'), expected: /corpus\.jsonl:1: "id" has a lone surrogate$/ },
  { name: 'control character BEL in a .txt (kept, noted)', run: importFolder({ 'a.txt': 'Alep \u0007 x\u0007' }), expected: /a\.txt: contains control character U\+0007 at utf16 offset 5 and 1 more; kept, but invisible in the editor\nadded a$/ },
  { name: 'C1 control U+0085 in JSONL (kept, noted)', run: importJsonl(records({ id: 'a', text: 'ab\u0085' })), expected: /corpus\.jsonl:1: "text" contains control character U\+0085 at utf16 offset 2; kept, but invisible in the editor\nadded a$/ },
  { name: 'tabs, CRLF and NBSP (accepted without a note)', run: importFolder({ 'a.txt': 'a\tb\r\nc\u00a0d' }), expected: /^added a$/ },
  // Sizes and empty inputs
  { name: 'a 1 MB single line (accepted)', run: importJsonl(records({ id: 'big', text: 'x'.repeat(1024 * 1024) })), expected: /^added big$/ },
  { name: '.txt above the document limit (limit lowered to 1000 bytes)', run: importFolder({ 'a.txt': 'x'.repeat(1001) }, { maxDocumentBytes: 1000 }), expected: /a\.txt: 1001 bytes is above the limit of 1000 bytes per document; split it$/ },
  { name: 'JSONL line above the document limit', run: importJsonl(records({ id: 'a', text: 'x'.repeat(2000) }, { id: 'y', text: 'y' }), { maxDocumentBytes: 1000 }), expected: /corpus\.jsonl:1: 2020 bytes is above the limit of 1000 bytes per document \(one JSONL line\); split it\nadded y$/ },
  { name: 'JSONL file above the file limit', run: importJsonl(records({ id: 'a', text: 'x'.repeat(200) }), { maxJsonlBytes: 100 }), expected: /corpus\.jsonl: 221 bytes is above the limit of 100 bytes per JSONL file; split it$/ },
  { name: 'empty .txt', run: importFolder({ 'a.txt': '', 'y.txt': 'ok' }), expected: /a\.txt: file is empty\nadded y$/ },
  { name: 'empty JSONL file', run: importJsonl(''), expected: /corpus\.jsonl: no records \(the file is empty\)$/ },
  { name: 'JSONL of blank lines', run: importJsonl('\n  \n\r\n'), expected: /corpus\.jsonl: no records \(the file is empty\)$/ },
  { name: 'empty "text" in JSONL', run: importJsonl(records({ id: 'a', text: '' })), expected: /corpus\.jsonl:1: "text" is empty$/ },
  // Ids
  { name: 'duplicate id within a JSONL', run: importJsonl(records({ id: 'a', text: 'x' }, { id: 'a', text: 'y' })), expected: /corpus\.jsonl:2: duplicate id "a" \(first on line 1\)\nadded a$/ },
  { name: 'duplicate id within a folder (a.TXT and a.txt)', run: importFolder({ 'a.txt': 'x', 'a.TXT': 'y' }), expected: /corpus\/a\.txt: duplicate document id "a" \(also .*corpus\/a\.TXT\)\nadded a$/ },
  { name: 'id already imported from another source', run: importJsonl(records({ id: 'emoji', text: 'other text' })), expected: /corpus\.jsonl:1: duplicate document id "emoji": already imported from .*base\.jsonl$/ },
  { name: 'ids differing only in letter case', run: importJsonl(records({ id: 'B', text: 'x' })), expected: /corpus\.jsonl:1: document id "B" differs from "b" only in letter case, which some file systems cannot tell apart$/ },
  { name: 'id too long for a file name', run: importJsonl(records({ id: 'x'.repeat(201), text: 'y' })), expected: /corpus\.jsonl:1: document id "x{40}…" is too long for a file name \(201 > 200 once encoded\)$/ },
  { name: 'id "../../etc/passwd" (accepted, file stays in the annotator folder)', run: async (env) => {
      const message = await importMessages(env, await jsonl(env, records({ id: '../../etc/passwd', text: 'x' })))
      return `${message}\n${annotationPath(env.projectDir, 'alice', '../../etc/passwd').slice(env.projectDir.length)}`
    }, expected: /^added \.\.\/\.\.\/etc\/passwd\n\/annotations\/alice\/%2E\.%2F\.\.%2Fetc%2Fpasswd\.json$/ },
  // JSON structure and types
  { name: 'JSONL with a truncated last line', run: importJsonl('{"id":"a","text":"x"}\n{"id":"b","text":"cut sh'), expected: /corpus\.jsonl:2: bad JSON \(.+\); the last line has no line end, the file looks cut short\nadded a$/ },
  { name: 'bad JSON in the middle of a JSONL', run: importJsonl('{"id":"a","text":"x"}\n{"id":"y",}\n{"id":"z","text":"z"}\n'), expected: /corpus\.jsonl:2: bad JSON \([^)]+\)\nadded a, z$/ },
  { name: 'record that is an array', run: importJsonl('["a","x"]\n'), expected: /corpus\.jsonl:1: a record must be a JSON object$/ },
  { name: 'id of the wrong type (number)', run: importJsonl(records({ id: 7, text: 'x' })), expected: /corpus\.jsonl:1: "id" must be a non-empty string$/ },
  { name: 'text of the wrong type (array)', run: importJsonl(records({ id: 'a', text: ['x'] })), expected: /corpus\.jsonl:1: "text" must be a string$/ },
  { name: 'missing "text"', run: importJsonl(records({ id: 'a', body: 'x' })), expected: /corpus\.jsonl:1: missing "text"$/ },
  // Paths
  { name: 'symbolic link to a file outside the corpus folder', run: async (env) => {
      const dir = await folder(env, { 'a.txt': 'ok' })
      await writeFile(join(env.root, 'secret.txt'), 'not part of the corpus')
      await symlink(join(env.root, 'secret.txt'), join(dir, 'leak.txt'))
      return importMessages(env, dir)
    }, expected: /corpus\/leak\.txt: symbolic link to .*\/secret\.txt, outside the corpus folder; refused\nadded a$/ },
  { name: 'symbolic link with ".." leading out of the folder', run: async (env) => {
      const dir = await folder(env, {})
      await symlink('../base.jsonl', join(dir, 'up.txt'))
      return importMessages(env, dir)
    }, expected: /corpus\/up\.txt: symbolic link to .*\/base\.jsonl, outside the corpus folder; refused$/ },
  { name: 'broken symbolic link', run: async (env) => {
      const dir = await folder(env, { 'a.txt': 'ok' })
      await symlink(join(env.root, 'nowhere.txt'), join(dir, 'gone.txt'))
      return importMessages(env, dir)
    }, expected: /corpus\/gone\.txt: broken symbolic link\nadded a$/ },
  { name: 'symbolic link inside the folder (accepted)', run: async (env) => {
      const dir = await folder(env, { 'a.txt': 'ok' })
      await symlink('a.txt', join(dir, 'y.txt'))
      return importMessages(env, dir)
    }, expected: /^added a, y$/ },
  { name: 'file that is not .txt in a corpus folder (skipped, noted)', run: importFolder({ 'a.txt': 'ok', 'notes.docx': 'PK' }), expected: /corpus\/notes\.docx: skipped \(not a \.txt file\)\nadded a$/ },
  { name: 'corpus path that does not exist', run: (env) => errorOf(() => importMessages(env, join(env.root, 'missing'))), expected: /^CorpusError: .*\/missing: cannot open corpus \(ENOENT\)$/ },
  { name: 'corpus that is a .csv file', run: async (env) => errorOf(async () => importMessages(env, await jsonl(env, 'id,text\n', 'corpus.csv'))), expected: /^CorpusError: .*corpus\.csv: a corpus is a folder of \.txt files or a \.jsonl file$/ },
  { name: 'annotator name ".."', run: (env) => errorOf(() => saveAnnotations(env.project, { ...annotations('emoji', EMOJI_TEXT, []), annotator: '..' })), expected: 'ProjectError: annotator name ".." must be 1–64 letters, digits, "_", "-" or "." (not only dots)' },
  { name: 'annotator name "../bob"', run: (env) => errorOf(() => loadAnnotations(env.project, '../bob', 'emoji')), expected: 'ProjectError: annotator name "../bob" must be 1–64 letters, digits, "_", "-" or "." (not only dots)' },
  // Spans saved against the text and schema
  { name: 'span end past the end of the text', run: save([span('T1', 9, 15, 'GPE')]), expected: /emoji\.json: not saved: span "T1" \(9-15 GPE\): offsets 9-15 are outside the text \(length 14\)$/ },
  { name: 'span start inside a surrogate pair', run: save([span('T1', 7, 8, 'LOC')]), expected: /not saved: span "T1" \(7-8 LOC\): start 7 splits a surrogate pair$/ },
  { name: 'span end inside a surrogate pair', run: save([span('T1', 0, 7, 'LOC')]), expected: /not saved: span "T1" \(0-7 LOC\): end 7 splits a surrogate pair$/ },
  { name: 'empty span', run: save([span('T1', 4, 4, 'LOC')]), expected: /not saved: span "T1" \(4-4 LOC\): span 4-4 is empty or reversed$/ },
  { name: 'unknown label', run: save([span('T1', 0, 5, 'CITY')]), expected: /not saved: span "T1" \(0-5 CITY\): unknown label "CITY"$/ },
  { name: 'duplicate span ids', run: save([span('T1', 0, 5, 'GPE'), span('T1', 9, 14, 'GPE')]), expected: /not saved: duplicate span id "T1"$/ },
  { name: 'negative offset (wrong value)', run: save([span('T1', -1, 5, 'GPE')]), expected: /not saved: invalid annotations: spans\[0\]\.start: / },
  { name: 'offset of the wrong type (string)', run: save([{ ...span('T1', 0, 5, 'GPE'), start: '0' as unknown as number }]), expected: /not saved: invalid annotations: spans\[0\]\.start: / },
  { name: 'offsets in code points instead of UTF-16', run: save([], (value) => ({ ...value, offsetUnit: 'codepoint' })), expected: /not saved: invalid annotations: offsetUnit: / },
  { name: 'unknown status', run: save([], (value) => ({ ...value, status: 'finished' })), expected: /not saved: invalid annotations: status: / },
  { name: 'sha256 of another text', run: save([], (value) => ({ ...value, sha256: sha256Hex('another text') })), expected: /not saved: sha256 [0-9a-f]{64} does not match the document's text \([0-9a-f]{64}\); the offsets were made on another text$/ },
  { name: 'unknown document id', run: (env) => errorOf(() => saveAnnotations(env.project, annotations('zzz', 'x', []))), expected: /^ProjectError: .*project: no document "zzz" in the project$/ },
  // Broken files already on disk: reported, and never overwritten
  { name: 'annotation file cut short', prepare: plant('annotations/alice/c.json', '{\n  "version": 1,\n  "documentId": "c",\n  "sha'), run: load('c'), expected: /^AnnotationFileError: .*alice\/c\.json: not valid JSON at line 4, column 7 \(.+\)$/ },
  { name: 'annotation file empty', prepare: plant('annotations/alice/c.json', ''), run: load('c'), expected: /alice\/c\.json: file is empty$/ },
  { name: 'annotation file not UTF-8', prepare: plant('annotations/alice/c.json', Buffer.from([0x7b, 0xe9, 0x7d])), run: load('c'), expected: /alice\/c\.json: invalid UTF-8 at byte 1 \(/ },
  { name: 'saving over an unreadable annotation file', prepare: plant('annotations/alice/c.json', '{'), run: (env) => errorOf(() => saveAnnotations(env.project, annotations('c', 'Alep', []))), expected: /alice\/c\.json: not overwritten: the file on disk is unreadable \(not valid JSON .*\); repair or move it first$/ },
  { name: 'goldspan.json cut short', prepare: plant('goldspan.json', '{"version": 1, "name": "p"'), run: (env) => errorOf(() => openProject(env.projectDir)), expected: /^ProjectError: .*goldspan\.json: not valid JSON at line 1, column 27 \(/ },
  { name: 'schema with a duplicate label in goldspan.json', prepare: async (env) => {
      const config = { ...env.project.config, schema: { ...env.project.config.schema, entityTypes: [...env.project.config.schema.entityTypes, { name: 'PER', color: '#000000' }] } }
      await plant('goldspan.json', JSON.stringify(config))(env)
    }, run: (env) => errorOf(() => openProject(env.projectDir)), expected: /goldspan\.json: invalid project file: schema\.entityTypes\[6\]\.name: duplicate label "PER" \(also at entityTypes\[0\]\)$/ },
  { name: 'schema with a bad colour for a new project', run: (env) => errorOf(() => createProject(join(env.root, 'other'), { schema: { version: 1, name: 's', entityTypes: [{ name: 'PER', color: 'red' }], eventTypes: [] } })), expected: 'SchemaError: project schema: invalid schema: entityTypes[0].color: must be a #rrggbb colour' },
  { name: 'corpus text changed since import', prepare: async (env) => {
      await writeFile(join(env.root, 'base.jsonl'), records({ id: 'emoji', text: EMOJI_TEXT }, { id: 'b', text: 'Bashar al-Assad' }, { id: 'c', text: 'Alep' }))
    }, run: async (env) => (await openProject(env.projectDir)).problems.map((problem) => `${problem.file}: ${problem.reason}`).join('\n'), expected: /base\.jsonl:2: text of "b" changed since import \(sha256 [0-9a-f]{64} recorded, [0-9a-f]{64} now\); not opened, so its annotations keep their offsets$/ }
]

const produced: { name: string; message: string }[] = []

afterAll(() => {
  const width = Math.max(...produced.map((row) => row.name.length))
  const lines = produced.map((row, index) => `${String(index + 1).padStart(2)}. ${row.name.padEnd(width)} │ ${row.message.replaceAll('\n', ' ⏎ ')}`)
  console.log(`Bad input catalogue: ${produced.length} cases, message produced for each\n${lines.join('\n')}`)
})

describe('bad input catalogue', () => {
  it('has at least 40 cases with distinct names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40)
    expect(new Set(CASES.map((entry) => entry.name)).size).toBe(CASES.length)
  })

  it.each(CASES)('$name', async ({ name, prepare, run, expected }) => {
    const env = await makeCatalogueEnv(await makeTempDir())
    await prepare?.(env)
    const before = await snapshotProject(env.projectDir)
    const message = (await run(env)).replaceAll(env.root, '<tmp>')
    produced.push({ name, message })
    if (typeof expected === 'string') expect(message).toBe(expected)
    else expect(message).toMatch(expected)
    expectNothingSavedChanged(before, await snapshotProject(env.projectDir))
  })
})
