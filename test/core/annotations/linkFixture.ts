import { ANNOTATION_FILE_VERSION, type DocumentAnnotations, type Relation, type Span } from '../../../src/core/model'

export const T0 = '2026-11-25T10:00:00.000Z'
export const T1 = '2026-11-25T11:00:00.000Z'

/**
 * "l’armée de l’air russe a à plusieurs reprises bombardé les positions du groupe
 * terroriste Daech dans la région d’al-Safa" (seeds/000_2bf93c0143f687be.txt, line 5),
 * offsets counted by hand (every character is one UTF-16 unit).
 */
export const SEED_TEXT = 'l’armée de l’air russe a à plusieurs reprises bombardé les positions du groupe terroriste Daech dans la région d’al-Safa'

export function span(id: string, start: number, end: number, label: string, extra: Partial<Span> = {}): Span {
  return { id, start, end, label, annotator: 'ana', created: T0, updated: T0, ...extra }
}

export function annotations(spans: Span[], relations: Relation[] = []): DocumentAnnotations {
  return { version: ANNOTATION_FILE_VERSION, documentId: 'seed', sha256: 'a'.repeat(64), annotator: 'ana', status: 'in_progress', offsetUnit: 'utf16', spans, relations }
}

/** The seed sentence as one Attack (T2, "bombardé") with Attacker, Target and Place, and T3 located_in T5. */
export function seedAttack(): DocumentAnnotations {
  return annotations(
    [
      span('T1', 0, 22, 'ORG'), // l’armée de l’air russe
      span('T2', 46, 54, 'Attack', {
        arguments: [
          { role: 'Attacker', ref: 'T1' },
          { role: 'Target', ref: 'T3' },
          { role: 'Place', ref: 'T5' }
        ]
      }), // bombardé
      span('T3', 55, 95, 'LOC'), // les positions du groupe terroriste Daech
      span('T4', 72, 95, 'ORG'), // groupe terroriste Daech
      span('T5', 104, 120, 'LOC') // région d’al-Safa
    ],
    [{ id: 'R1', type: 'located_in', head: 'T3', tail: 'T5' }]
  )
}
