import type { Schema } from './schema'

const ACTORS = ['PER', 'ORG', 'GPE']
const PLACES = ['GPE', 'LOC']
const EVENTS = ['Attack', 'Clash', 'Death', 'Withdrawal']

/**
 * The schema a new project starts with: general entity types and a few conflict-news
 * event types with their roles, three relation types and three attributes. Hotkeys sit on
 * the left hand's home rows so the right hand keeps the mouse.
 */
export const defaultSchema: Schema = {
  version: 1,
  name: 'default',
  entityTypes: [
    { name: 'PER', color: '#e6194b', hotkey: 'p', description: 'A person, named or designated by a title.' },
    { name: 'ORG', color: '#3cb44b', hotkey: 'o', description: 'An organisation, armed force or group.' },
    { name: 'GPE', color: '#4363d8', hotkey: 'g', description: 'A country, region or city as a political entity.' },
    { name: 'LOC', color: '#f58231', hotkey: 'l', description: 'A place without political status: area, axis, landmark.' },
    { name: 'DATE', color: '#911eb4', hotkey: 'd', description: 'A date, day or time expression.' },
    { name: 'WEAPON', color: '#808000', hotkey: 'w', description: 'A weapon or military vehicle.' }
  ],
  eventTypes: [
    {
      name: 'Attack',
      color: '#c0392b',
      hotkey: 'a',
      description: 'An attack, offensive, bombing or air strike.',
      roles: [
        { name: 'Attacker', types: ACTORS, repeatable: true },
        { name: 'Target', types: [...ACTORS, 'LOC', 'WEAPON'], repeatable: true, required: true },
        { name: 'Place', types: PLACES },
        { name: 'Time', types: ['DATE'] },
        { name: 'Instrument', types: ['WEAPON'], repeatable: true }
      ]
    },
    {
      name: 'Clash',
      color: '#d35400',
      hotkey: 'c',
      description: 'A battle or fight between armed groups.',
      roles: [
        { name: 'Participant', types: ACTORS, repeatable: true, required: true },
        { name: 'Place', types: PLACES },
        { name: 'Time', types: ['DATE'] }
      ]
    },
    {
      name: 'Death',
      color: '#2c3e50',
      hotkey: 'x',
      description: 'A death or casualties.',
      roles: [
        { name: 'Victim', types: ['PER', 'ORG'], repeatable: true, required: true },
        { name: 'Agent', types: ACTORS, repeatable: true },
        { name: 'Place', types: PLACES },
        { name: 'Time', types: ['DATE'] },
        { name: 'Cause', types: ['Attack', 'Clash'], description: 'The event that caused the deaths.' }
      ]
    },
    {
      name: 'Withdrawal',
      color: '#16a085',
      hotkey: 'r',
      description: 'A retreat or withdrawal.',
      roles: [
        { name: 'Agent', types: ACTORS, repeatable: true, required: true },
        { name: 'Origin', types: PLACES },
        { name: 'Destination', types: PLACES },
        { name: 'Time', types: ['DATE'] }
      ]
    }
  ],
  relationTypes: [
    { name: 'located_in', color: '#7f8c8d', head: [...ACTORS, 'LOC', ...EVENTS], tail: PLACES, description: 'The head is, or happened, in the tail.' },
    { name: 'allied_with', color: '#27ae60', head: ACTORS, tail: ACTORS, description: 'The head fights on the side of the tail.' },
    { name: 'part_of', color: '#8e44ad', head: ['ORG', 'GPE', 'LOC'], tail: ['ORG', 'GPE', 'LOC'], description: 'The head is a unit or part of the tail.' }
  ],
  attributes: [
    { name: 'Modality', appliesTo: EVENTS, values: ['asserted', 'hypothetical', 'negated', 'reported'], description: 'How the text presents the event.' },
    { name: 'Polarity', appliesTo: EVENTS, values: ['positive', 'negative'] },
    { name: 'Note', appliesTo: 'all', kind: 'text', description: 'A free remark for the adjudicator.' }
  ]
}
