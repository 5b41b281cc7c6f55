import { readFile } from 'node:fs/promises'
import { decodeUtf8Strict } from '../core/text'
import { CliError } from './cliError'

/** Reads a UTF-8 file strictly (an invalid byte is an error naming the file and offset); a BOM is dropped. */
export async function readTextFile(path: string): Promise<string> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new CliError(`${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
  }
  return decodeUtf8Strict(bytes, path).text
}
