/** The parts of a schema whose names refer to other parts; structural, to avoid an import cycle. */
interface ReferencingSchema {
  readonly entityTypes: readonly { readonly name: string }[]
  readonly eventTypes: readonly { readonly name: string; readonly roles?: readonly { readonly name: string; readonly types: readonly string[] }[] }[]
  readonly relationTypes?: readonly { readonly name: string; readonly head: readonly string[]; readonly tail: readonly string[] }[]
  readonly attributes?: readonly { readonly name: string; readonly appliesTo: 'all' | readonly string[]; readonly values?: readonly string[] }[]
}

export interface SchemaReferenceIssue {
  readonly path: (string | number)[]
  readonly message: string
}

/**
 * Every name in roles, relation types and attributes that does not resolve: role and
 * relation-end types and attribute targets must be entity or event types; role names are
 * unique in their event type, relation type names unique and distinct from labels (brat
 * keeps them in one namespace), attribute names and values unique.
 */
export function checkSchemaReferences(schema: ReferencingSchema): SchemaReferenceIssue[] {
  const issues: SchemaReferenceIssue[] = []
  const labels = new Set([...schema.entityTypes, ...schema.eventTypes].map((type) => type.name))
  const checkLabels = (names: readonly string[], path: (string | number)[]): void => {
    names.forEach((name, index) => {
      if (!labels.has(name)) issues.push({ path: [...path, index], message: `"${name}" is not an entity or event type of this schema` })
    })
  }
  const checkUnique = (names: readonly string[], path: (string | number)[], what: string): void => {
    const first = new Map<string, number>()
    names.forEach((name, index) => {
      const other = first.get(name)
      if (other !== undefined) issues.push({ path: [...path, index], message: `duplicate ${what} "${name}" (also at [${other}])` })
      else first.set(name, index)
    })
  }

  schema.eventTypes.forEach((type, typeIndex) => {
    const roles = type.roles ?? []
    checkUnique(roles.map((role) => role.name), ['eventTypes', typeIndex, 'roles'], 'role')
    roles.forEach((role, roleIndex) => checkLabels(role.types, ['eventTypes', typeIndex, 'roles', roleIndex, 'types']))
  })
  const relationTypes = schema.relationTypes ?? []
  checkUnique(relationTypes.map((type) => type.name), ['relationTypes'], 'relation type')
  relationTypes.forEach((type, index) => {
    if (labels.has(type.name)) issues.push({ path: ['relationTypes', index, 'name'], message: `"${type.name}" is already an entity or event type` })
    checkLabels(type.head, ['relationTypes', index, 'head'])
    checkLabels(type.tail, ['relationTypes', index, 'tail'])
  })
  const attributes = schema.attributes ?? []
  checkUnique(attributes.map((attribute) => attribute.name), ['attributes'], 'attribute')
  attributes.forEach((attribute, index) => {
    if (attribute.appliesTo !== 'all') checkLabels(attribute.appliesTo, ['attributes', index, 'appliesTo'])
    if (attribute.values) checkUnique(attribute.values, ['attributes', index, 'values'], 'value')
  })
  return issues
}
