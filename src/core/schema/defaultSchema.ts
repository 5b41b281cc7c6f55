import type { Schema } from './schema'

/**
 * The schema a new project starts with: general entity types and a few conflict-news
 * event types. Hotkeys sit on the left hand's home rows so the right hand keeps the mouse.
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
    { name: 'Attack', color: '#c0392b', hotkey: 'a', description: 'An attack, offensive, bombing or air strike.' },
    { name: 'Clash', color: '#d35400', hotkey: 'c', description: 'A battle or fight between armed groups.' },
    { name: 'Death', color: '#2c3e50', hotkey: 'x', description: 'A death or casualties.' },
    { name: 'Withdrawal', color: '#16a085', hotkey: 'r', description: 'A retreat or withdrawal.' }
  ]
}
