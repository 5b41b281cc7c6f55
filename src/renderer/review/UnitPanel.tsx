import type { ReviewGroup } from '../../core/review'
import type { Schema } from '../../core/schema'
import { useStore } from '../state/useStore'
import { ContextText } from './ContextText'
import { describeDecision } from './describeDecision'
import { EditPanel } from './EditPanel'
import { LabelChip } from './LabelChip'
import type { ReviewStore } from './reviewStore'

export const GROUP_NAMES: Readonly<Record<ReviewGroup, string>> = {
  agreed: 'Agreed',
  'label-differs': 'Label differs',
  'boundary-differs': 'Boundary differs',
  'boundary-and-label-differ': 'Boundary and label differ',
  'only-one': 'Only one annotator'
}

/** Colour of each label, from the schema. */
export function labelColors(schema: Schema | undefined): ReadonlyMap<string, string> {
  const types = [...(schema?.entityTypes ?? []), ...(schema?.eventTypes ?? [])]
  return new Map(types.flatMap((type) => (type.color ? [[type.name, type.color] as const] : [])))
}

/** The unit under the cursor in context, every annotator's version side by side, and what was decided. */
export function UnitPanel({ store, schema }: { readonly store: ReviewStore; readonly schema: Schema | undefined }) {
  const open = useStore(store, (state) => state.open)
  const unitIndex = useStore(store, (state) => state.unitIndex)
  const draft = useStore(store, (state) => state.draft)
  if (!open) return null
  const units = open.disagreements.units
  const unit = units[unitIndex]
  if (!unit) return <p className="gs-muted gs-review-empty">Nobody marked anything in this document: nothing to review.</p>
  const decision = store.decisionOf(unitIndex)
  const colors = labelColors(schema)
  const goldSpans = decision ? open.state.gold.spans.filter((span) => decision.goldSpanIds.includes(span.id)) : []
  return (
    <section className="gs-review-unit" data-testid="review-unit" data-index={unitIndex} data-group={unit.group} data-resolved={decision ? decision.outcome : ''} aria-label="Current unit">
      <header className="gs-review-unit__head">
        <span className="gs-review-unit__count">
          Unit {unitIndex + 1} of {units.length}
        </span>
        <span className={`gs-review-group gs-review-group--${unit.group}`}>{GROUP_NAMES[unit.group]}</span>
        <span className="gs-muted">
          {unit.start}–{unit.end}
        </span>
        <span className={`gs-review-unit__decision${decision ? ' gs-review-unit__decision--done' : ''}`} data-testid="review-decision">
          {describeDecision(decision)}
        </span>
      </header>
      <ol className="gs-review-versions">
        {unit.versions.map(({ annotator, span }, index) => (
          <li key={annotator} className={`gs-review-version${span ? '' : ' gs-review-version--absent'}`} data-testid="review-version" data-annotator={annotator}>
            <button type="button" className="gs-review-version__key" disabled={!span} onClick={() => store.acceptVersion(index)} title={span ? `Accept ${annotator}'s version (${index + 1})` : undefined}>
              {index + 1}
            </button>
            <span className="gs-review-version__who">{annotator}</span>
            <LabelChip label={span?.label ?? null} color={span ? colors.get(span.label) : undefined} />
            <span className="gs-review-version__where gs-muted">{span ? `${span.start}–${span.end}` : ''}</span>
            <ContextText text={open.text} unit={unit} context={unit.context} mark={span} color={span ? colors.get(span.label) : undefined} />
          </li>
        ))}
        {goldSpans.map((span) => (
          <li key={`gold-${span.id}`} className="gs-review-version gs-review-version--gold" data-testid="review-gold">
            <span className="gs-review-version__key gs-review-version__key--gold">★</span>
            <span className="gs-review-version__who">gold</span>
            <LabelChip label={span.label} color={colors.get(span.label)} />
            <span className="gs-review-version__where gs-muted">
              {span.start}–{span.end}
            </span>
            <ContextText text={open.text} unit={unit} context={unit.context} mark={span} color={colors.get(span.label)} />
          </li>
        ))}
      </ol>
      {draft ? (
        <EditPanel store={store} schema={schema} unit={unit} text={open.text} draft={draft} />
      ) : (
        <div className="gs-review-actions">
          <button type="button" className="gs-button" onClick={() => store.acceptAllVersions()} data-testid="review-accept-all">
            <kbd>B</kbd> Accept all versions
          </button>
          <button type="button" className="gs-button" onClick={() => store.rejectVersions()} data-testid="review-none">
            <kbd>N</kbd> None
          </button>
          <button type="button" className="gs-button" onClick={() => store.startEdit()} data-testid="review-edit">
            <kbd>E</kbd> Edit…
          </button>
          <span className="gs-muted gs-review-small">
            <kbd>1</kbd>…<kbd>{unit.versions.length}</kbd> accept a version · <kbd>J</kbd>/<kbd>K</kbd> next/previous
          </span>
        </div>
      )}
    </section>
  )
}
