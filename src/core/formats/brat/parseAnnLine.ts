/** `[start, end)` in code points, as brat writes them. */
export type Fragment = readonly [number, number]

export interface AnnArgument {
  readonly role: string
  readonly ref: string
}

/** One `.ann` line, parsed but not yet checked against the text or the other lines. */
export type AnnLine =
  | { readonly kind: 'T'; readonly id: string; readonly label: string; readonly fragments: Fragment[]; readonly quoted?: string }
  | { readonly kind: 'E'; readonly id: string; readonly type: string; readonly trigger: string; readonly arguments: AnnArgument[] }
  | { readonly kind: 'R'; readonly id: string; readonly type: string; readonly head: string; readonly tail: string }
  | { readonly kind: 'A'; readonly id: string; readonly name: string; readonly target: string; readonly value?: string }
  | { readonly kind: 'note'; readonly id: string; readonly noteType: string; readonly target: string; readonly note: string }
  /** `N` normalizations and `*` equivalences: read only to be reported. */
  | { readonly kind: 'reported'; readonly id: string; readonly reason: string }

const REPORTED: Readonly<Record<string, string>> = {
  '*': 'equivalence sets are not carried',
  N: 'normalizations (links to external databases) are not carried'
}

/** Parses `0 5;8 12` into code point pairs, or returns the reason it is malformed. */
function parseFragments(field: string): Fragment[] | string {
  const fragments: Fragment[] = []
  for (const part of field.split(';')) {
    const match = /^(\d+) (\d+)$/.exec(part.trim())
    if (!match) return `malformed offsets "${part}"`
    const start = Number(match[1])
    const end = Number(match[2])
    if (end <= start) return `fragment ${start} ${end} is empty or reversed`
    fragments.push([start, end])
  }
  return fragments
}

/** `Role:Id` pairs, or the reason one is malformed. */
function parseArguments(fields: readonly string[]): AnnArgument[] | string {
  const parsed: AnnArgument[] = []
  for (const field of fields) {
    const colon = field.lastIndexOf(':')
    if (colon <= 0 || colon === field.length - 1) return `malformed argument "${field}" (expected Role:Id)`
    parsed.push({ role: field.slice(0, colon), ref: field.slice(colon + 1) })
  }
  return parsed
}

/**
 * Parses one non-blank `.ann` line (without its line break) by the first character of
 * its id, or returns the reason it is malformed.
 */
export function parseAnnLine(line: string): AnnLine | string {
  const [id = '', body = '', ...rest] = line.split('\t')
  // The quoted text of T lines and the text of notes may themselves hold tabs.
  const trailing = rest.length > 0 ? rest.join('\t') : undefined
  const fields = body.split(' ').filter((field) => field !== '')
  const kind = id.charAt(0)
  if (body === '') return `unknown annotation line "${line}"`
  switch (kind) {
    case 'T': {
      const firstSpace = body.indexOf(' ')
      const fragments = firstSpace > 0 ? parseFragments(body.slice(firstSpace + 1)) : 'missing offsets'
      if (typeof fragments === 'string') return `${id}: ${fragments}`
      return { kind: 'T', id, label: body.slice(0, firstSpace), fragments, ...(trailing === undefined ? {} : { quoted: trailing }) }
    }
    case 'E': {
      const parsed = parseArguments(fields)
      if (typeof parsed === 'string') return `${id}: ${parsed}`
      const [trigger, ...args] = parsed
      if (!trigger) return `${id}: missing Type:Trigger`
      return { kind: 'E', id, type: trigger.role, trigger: trigger.ref, arguments: args }
    }
    case 'R': {
      const [type = '', ...argumentFields] = fields
      const parsed = parseArguments(argumentFields)
      if (typeof parsed === 'string') return `${id}: ${parsed}`
      const [head, tail] = parsed
      if (!head || !tail || parsed.length !== 2) return `${id}: a relation needs exactly two arguments (Arg1:Id Arg2:Id)`
      return { kind: 'R', id, type, head: head.ref, tail: tail.ref }
    }
    case 'A':
    case 'M': {
      const [name = '', target = '', value] = fields
      if (fields.length < 2 || fields.length > 3) return `${id}: expected "Name Target [Value]"`
      return { kind: 'A', id, name, target, ...(value === undefined ? {} : { value }) }
    }
    case '#': {
      const [noteType = '', target = ''] = fields
      if (fields.length !== 2) return `${id}: expected "AnnotatorNotes Target<TAB>note"`
      return { kind: 'note', id, noteType, target, note: trailing ?? '' }
    }
    default: {
      const reason = REPORTED[kind]
      return reason ? { kind: 'reported', id, reason } : `unknown annotation line "${line}"`
    }
  }
}
