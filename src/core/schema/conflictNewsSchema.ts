import type { Schema } from './schema'

const FORCES = ['ARMED', 'PER', 'ORG', 'GPE']
const PLACES = ['GPE', 'LOC', 'FAC']
const EVENTS = ['Attack', 'Clash', 'Capture', 'Withdrawal', 'Death', 'Destruction', 'Movement']

/**
 * The schema of the French conflict-news seeds (`datasets/`, docs/guidelines.md).
 * It keeps every name and hotkey of the default schema, so work made with one opens with
 * the other, and adds armed forces, facilities and three event types. Descriptions are
 * the one-line guideline the app shows beside each type; docs/guidelines.md has the rest.
 * Hotkeys: entities and events on the left hand, except p, o, l (person, organisation,
 * place) under the right hand's ring and little fingers.
 */
export const conflictNewsSchema: Schema = {
  version: 1,
  name: 'conflict-news-fr',
  entityTypes: [
    { name: 'PER', color: '#e6194b', hotkey: 'p', description: 'A person or a counted group of people (« huit soldats », « deux officiers »). Titles are left out, names kept whole.' },
    { name: 'ARMED', color: '#9a6324', hotkey: 'f', description: 'An armed force or group acting as one: « armée syrienne », « Daech », « armée de l’air russe ». Articles and an elided « l’ » are left out.' },
    { name: 'ORG', color: '#3cb44b', hotkey: 'o', description: 'A non-military organisation: alliance, ministry, news outlet (« OTAN », « Al-Masdar News »).' },
    { name: 'GPE', color: '#4363d8', hotkey: 'g', description: 'A country, province or town as a political unit: « Syrie », « Soueïda ». Mark the name only, not « province de ».' },
    { name: 'LOC', color: '#f58231', hotkey: 'l', description: 'A named place without political status: area, axis, desert, river (« al-Safa », « Ard Qa’a al-Banat »).' },
    { name: 'FAC', color: '#469990', hotkey: 'b', description: 'A facility or military position: base, airport, hideout, road (« positions », « base d’al-Tanf »); articles left out.' },
    { name: 'DATE', color: '#911eb4', hotkey: 'd', description: 'A date or time: « jeudi 4 octobre », « jeudi soir », « mercredi ». Durations are not marked.' },
    { name: 'WEAPON', color: '#808000', hotkey: 'w', description: 'A weapon or military vehicle: « avions Soukhoï », « missiles », « artillerie lourde ».' }
  ],
  eventTypes: [
    {
      name: 'Attack',
      color: '#c0392b',
      hotkey: 'a',
      description: 'An attack, offensive, bombing, shelling or air strike. Trigger: the noun or verb that names it (« bombardé », « offensive »).',
      roles: [
        { name: 'Attacker', types: FORCES, repeatable: true },
        { name: 'Target', types: [...FORCES, 'LOC', 'FAC', 'WEAPON'], repeatable: true, required: true },
        { name: 'Place', types: PLACES },
        { name: 'Time', types: ['DATE'] },
        { name: 'Instrument', types: ['WEAPON'], repeatable: true }
      ]
    },
    {
      name: 'Clash',
      color: '#d35400',
      hotkey: 'c',
      description: 'A battle or fight between armed sides, neither clearly the attacker (« bataille », « combat », « affrontements »).',
      roles: [
        { name: 'Participant', types: FORCES, repeatable: true, required: true },
        { name: 'Place', types: PLACES },
        { name: 'Time', types: ['DATE'] }
      ]
    },
    {
      name: 'Capture',
      color: '#b8860b',
      hotkey: 't',
      description: 'Taking, capturing or « liberating » territory or a position (« libérer », « pris le contrôle »).',
      roles: [
        { name: 'Agent', types: FORCES, repeatable: true, required: true },
        { name: 'Territory', types: PLACES, repeatable: true, required: true },
        { name: 'Opponent', types: FORCES, repeatable: true },
        { name: 'Time', types: ['DATE'] }
      ]
    },
    {
      name: 'Withdrawal',
      color: '#16a085',
      hotkey: 'r',
      description: 'A retreat or withdrawal, forced or not (« reculer », « se retirer »).',
      roles: [
        { name: 'Agent', types: FORCES, repeatable: true, required: true },
        { name: 'Origin', types: PLACES },
        { name: 'Destination', types: PLACES },
        { name: 'Time', types: ['DATE'] }
      ]
    },
    {
      name: 'Death',
      color: '#2c3e50',
      hotkey: 'x',
      description: 'Deaths or casualties (« tués », « morts », « perdu huit soldats »).',
      roles: [
        { name: 'Victim', types: ['PER', 'ARMED', 'ORG'], repeatable: true, required: true },
        { name: 'Agent', types: FORCES, repeatable: true },
        { name: 'Place', types: PLACES },
        { name: 'Time', types: ['DATE'] },
        { name: 'Cause', types: ['Attack', 'Clash'], description: 'The event that caused the deaths.' }
      ]
    },
    {
      name: 'Destruction',
      color: '#6d214f',
      hotkey: 'z',
      description: 'Destruction of a place, facility or equipment (« réduit à un tas de ruines », « détruit »).',
      roles: [
        { name: 'Agent', types: FORCES, repeatable: true },
        { name: 'Destroyed', types: ['FAC', 'LOC', 'GPE', 'WEAPON'], repeatable: true, required: true },
        { name: 'Place', types: PLACES },
        { name: 'Time', types: ['DATE'] },
        { name: 'Instrument', types: ['WEAPON'], repeatable: true }
      ]
    },
    {
      name: 'Movement',
      color: '#1f618d',
      hotkey: 'v',
      description: 'A deployment, reinforcement or movement of forces (« déployé », « renforts », « se dirigent »).',
      roles: [
        { name: 'Agent', types: FORCES, repeatable: true, required: true },
        { name: 'Origin', types: PLACES },
        { name: 'Destination', types: PLACES },
        { name: 'Time', types: ['DATE'] },
        { name: 'Instrument', types: ['WEAPON'], repeatable: true }
      ]
    }
  ],
  relationTypes: [
    { name: 'located_in', color: '#7f8c8d', head: [...FORCES, 'LOC', 'FAC', ...EVENTS], tail: PLACES, description: 'The head is, or happened, in the tail.' },
    { name: 'allied_with', color: '#27ae60', head: FORCES, tail: FORCES, description: 'The head fights on the side of the tail (« armée syrienne et son allié russe »).' },
    { name: 'part_of', color: '#8e44ad', head: ['ARMED', 'ORG', 'GPE', 'LOC', 'FAC'], tail: ['ARMED', 'ORG', 'GPE', 'LOC'], description: 'The head is a unit or part of the tail.' }
  ],
  attributes: [
    {
      name: 'Modality',
      appliesTo: EVENTS,
      values: ['asserted', 'reported', 'hypothetical', 'negated'],
      description: 'asserted: the article states it; reported: attributed to a source (« selon », « a déclaré »); hypothetical: planned, possible or estimated; negated: said not to happen.'
    },
    { name: 'Note', appliesTo: 'all', kind: 'text', description: 'A free remark for the adjudicator.' }
  ]
}
