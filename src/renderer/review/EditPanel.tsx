import type { ReviewUnit } from '../../core/review'
import type { Schema } from '../../core/schema'
import { ContextText } from './ContextText'
import type { EditDraft } from './editDraft'
import type { ReviewStore } from './reviewStore'
import { labelColors } from './UnitPanel'

/** The adjudicator's own gold span for the unit: label from the schema, boundaries by keys or taken from the versions. */
export function EditPanel({
  store,
  schema,
  unit,
  text,
  draft
}: {
  readonly store: ReviewStore
  readonly schema: Schema | undefined
  readonly unit: ReviewUnit
  readonly text: string
  readonly draft: EditDraft
}) {
  const labels = [...(schema?.entityTypes ?? []), ...(schema?.eventTypes ?? [])].map((type) => type.name)
  const color = labelColors(schema).get(draft.label)
  return (
    <div className="gs-review-edit" data-testid="review-edit-panel" data-start={draft.start} data-end={draft.end} data-label={draft.label}>
      <div className="gs-review-edit__row">
        <strong>Edit</strong>
        <select className="gs-review-edit__label" value={draft.label} onChange={(event) => {
            store.setEditLabel(event.target.value)
            // Back to the review keys (Enter commits), which a focused list would take.
            event.target.blur()
          }} aria-label="Label of the gold span">
          {draft.label === '' && <option value="">Choose a label</option>}
          {labels.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </select>
        <span className="gs-muted">
          {draft.start}–{draft.end}
        </span>
        <button type="button" className="gs-button gs-button--primary" onClick={() => store.commitEdit()} data-testid="review-edit-commit">
          <kbd>Enter</kbd> Save as gold
        </button>
        <button type="button" className="gs-button" onClick={() => store.cancelEdit()}>
          <kbd>Esc</kbd> Cancel
        </button>
      </div>
      <div className="gs-review-edit__preview">
        <ContextText text={text} unit={unit} context={unit.context} mark={draft} color={color} />
      </div>
      <p className="gs-muted gs-review-small">
        <kbd>←</kbd>/<kbd>→</kbd> move the start · <kbd>Shift</kbd>+<kbd>←</kbd>/<kbd>→</kbd> move the end · <kbd>1</kbd>…<kbd>{unit.versions.length}</kbd> start from that
        version · <kbd>Shift</kbd>+digit end from that version · <kbd>↑</kbd>/<kbd>↓</kbd> label
      </p>
    </div>
  )
}
