import type { Span } from '../../core/model'
import { attributesFor, type Schema } from '../../core/schema'
import { useServices } from './servicesContext'

/**
 * The attributes the schema gives the span's label: a list for enumerated values, a text
 * field for free text (saved when it loses focus or on Enter, so one edit is one undo step).
 */
export function SpanAttributes({ span, schema, readOnly }: { readonly span: Span; readonly schema: Schema; readonly readOnly: boolean }) {
  const { commands } = useServices()
  const attributes = attributesFor(schema, span.label)
  if (attributes.length === 0) return null
  return (
    <div className="gs-attributes" data-testid="span-attributes">
      {attributes.map((attribute) => {
        const value = span.attributes?.[attribute.name] ?? ''
        return (
          <label key={attribute.name} className="gs-field" title={attribute.description}>
            <span>{attribute.name}</span>
            {attribute.values ? (
              <select
                // Uncontrolled and keyed as the label list in SpanDetails, for the same reason.
                key={`${span.id}:${value}`}
                className="gs-input"
                defaultValue={value}
                disabled={readOnly}
                onChange={(event) => commands.setAttribute(span.id, attribute.name, event.target.value || null)}
                data-testid="attribute-select"
                data-attribute={attribute.name}
              >
                <option value="">—</option>
                {attribute.values.map((allowed) => (
                  <option key={allowed} value={allowed}>
                    {allowed}
                  </option>
                ))}
              </select>
            ) : (
              <input
                // Keyed by span and value, so another span or an undo shows its own text.
                key={`${span.id}:${value}`}
                className="gs-input"
                defaultValue={value}
                disabled={readOnly}
                onBlur={(event) => commands.setAttribute(span.id, attribute.name, event.target.value.trim() || null)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') event.currentTarget.blur()
                }}
                data-testid="attribute-text"
                data-attribute={attribute.name}
              />
            )}
          </label>
        )
      })}
    </div>
  )
}
