import { createHash } from 'node:crypto'

/** sha256 of the UTF-8 encoding of `text`, lowercase hex (as `sha256sum` prints it). */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
