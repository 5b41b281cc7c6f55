import type { Schema } from '../../schema'

/**
 * brat's `annotation.conf` for a schema, so an exported brat collection opens with its
 * types declared: entity types under `[entities]`, event types (without roles, which
 * the schema does not hold yet) under `[events]`. Colours belong in brat's
 * `visual.conf` and are not written.
 */
export function writeAnnotationConf(schema: Schema): string {
  return [
    `# Written by Goldspan from schema "${schema.name}" (version ${schema.version})`,
    '[entities]',
    ...schema.entityTypes.map((type) => type.name),
    '',
    '[relations]',
    // brat requires the section; this declaration lets entities overlap, as goldspan does.
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    ...schema.eventTypes.map((type) => type.name),
    '',
    '[attributes]',
    ''
  ].join('\n')
}
