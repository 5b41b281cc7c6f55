import { isLinkResolved, type LinkReviewItem, type WaitingLink } from '../../../core/review'
import type { Schema } from '../../../core/schema'
import { useStore } from '../../state/useStore'
import type { ReviewStore } from '../reviewStore'
import { labelColors } from '../UnitPanel'
import { LinkEnds } from './LinkEnds'
import type { LinkReviewStore } from './linkReviewStore'

function describeLinkDecision(item: LinkReviewItem): string {
  if (!item.decision) return item.inGold ? 'In gold (not decided here)' : 'Not decided'
  if (item.decision.outcome === 'rejected') return `✗ Rejected by ${item.decision.adjudicator}`
  return isLinkResolved(item) ? `✓ Accepted by ${item.decision.adjudicator}` : 'Accepted before, but no longer in gold: decide again'
}

function WaitingList({ waiting, text }: { readonly waiting: readonly WaitingLink[]; readonly text: string }) {
  if (waiting.length === 0) return null
  return (
    <section className="gs-links-section" data-testid="links-waiting">
      <h2>
        Waiting for their ends <strong>{waiting.length}</strong>
      </h2>
      <p className="gs-muted gs-review-small">A link can be decided once both its ends are in gold with the same boundary and label: adjudicate the spans first.</p>
      <ul className="gs-links-list">
        {waiting.map((link) => (
          <li key={link.key} className="gs-links-row">
            {link.ends.map((end, index) => (
              <span key={index} className={`gs-link-end${end.inGold ? '' : ' gs-link-end--missing'}`} title={end.inGold ? 'in gold' : 'not adjudicated yet'}>
                <span className="gs-link-end__text">{text.slice(end.start, end.end)}</span>
                <span className="gs-link-end__label">{end.label}</span>
                {!end.inGold && <span className="gs-link-end__missing"> not in gold yet</span>}
              </span>
            ))}
            <span className="gs-link-arrow">{link.name}</span>
            <span className="gs-muted gs-review-small">by {link.proposedBy.join(', ')}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * The links step: the annotators' arguments and relations between gold spans. Agreed ones
 * are carried in one go (L); disputed ones are walked one by one (J/K, Y accept, N reject).
 */
export function LinksPanel({ review, store, schema }: { readonly review: ReviewStore; readonly store: LinkReviewStore; readonly schema: Schema | undefined }) {
  const open = useStore(review, (state) => state.open)
  const linkIndex = useStore(store, (state) => state.linkIndex)
  const links = store.links()
  if (!open || !links) return <p className="gs-muted gs-review-empty">The schema is not loaded yet.</p>
  const spans = new Map(open.state.gold.spans.map((span) => [span.id, span]))
  const colors = labelColors(schema)
  const carried = links.agreed.filter((item) => item.inGold).length
  const resolved = links.disputed.filter(isLinkResolved).length
  const current = links.disputed[linkIndex]
  return (
    <div className="gs-links" data-testid="review-links" data-agreed={links.agreed.length} data-carried={carried} data-disputed={links.disputed.length} data-resolved={resolved} data-waiting={links.waiting.length}>
      {open.state.gold.spans.length === 0 && <p className="gs-muted">Gold has no span yet: links join gold spans, so adjudicate the units first.</p>}
      <section className="gs-links-section">
        <div className="gs-review-head__row">
          <h2>
            Agreed links <strong>{links.agreed.length}</strong>
          </h2>
          <span className="gs-muted">{carried} in gold</span>
          <button type="button" className="gs-button" onClick={() => store.carryAgreed()} disabled={carried === links.agreed.length} data-testid="links-carry-agreed">
            <kbd>L</kbd> Carry all agreed links
          </button>
        </div>
        <ul className="gs-links-list">
          {links.agreed.map((item) => (
            <li key={item.key} className="gs-links-row" data-testid="link-agreed" data-in-gold={item.inGold}>
              <LinkEnds link={item.link} text={open.text} spans={spans} colors={colors} />
              <span className="gs-muted gs-review-small">by {item.link.proposedBy.join(', ')}</span>
              <span className={item.inGold ? 'gs-links-done' : 'gs-muted'}>{item.inGold ? '✓ in gold' : 'not carried'}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="gs-links-section">
        <h2>
          Disputed links <strong>{links.disputed.length}</strong>
          <span className="gs-muted">{resolved} decided</span>
        </h2>
        {current ? (
          <div className="gs-review-unit" data-testid="link-current" data-key={current.key} data-resolved={isLinkResolved(current) ? (current.decision?.outcome ?? '') : ''}>
            <header className="gs-review-unit__head">
              <span className="gs-review-unit__count">
                Link {linkIndex + 1} of {links.disputed.length}
              </span>
              <span className={`gs-review-unit__decision${isLinkResolved(current) ? ' gs-review-unit__decision--done' : ''}`}>{describeLinkDecision(current)}</span>
            </header>
            <div className="gs-links-current">
              <LinkEnds link={current.link} text={open.text} spans={spans} colors={colors} />
            </div>
            <p className="gs-review-small">
              Proposed by <strong>{current.link.proposedBy.join(', ')}</strong>
              {current.link.couldHave.filter((name) => !current.link.proposedBy.includes(name)).length > 0 &&
                `; not by ${current.link.couldHave.filter((name) => !current.link.proposedBy.includes(name)).join(', ')}, who marked both ends`}
            </p>
            <div className="gs-review-actions">
              <button type="button" className="gs-button" onClick={() => store.acceptCurrent()} data-testid="link-accept">
                <kbd>Y</kbd> Accept
              </button>
              <button type="button" className="gs-button" onClick={() => store.rejectCurrent()} data-testid="link-reject">
                <kbd>N</kbd> Reject
              </button>
              <span className="gs-muted gs-review-small">
                <kbd>J</kbd>/<kbd>K</kbd> next/previous · <kbd>V</kbd> next view
              </span>
            </div>
          </div>
        ) : (
          <p className="gs-muted">No disputed link between gold spans.</p>
        )}
        <ol className="gs-links-list">
          {links.disputed.map((item, index) => (
            <li key={item.key} className={`gs-links-row${index === linkIndex ? ' gs-links-row--current' : ''}`} data-testid="link-disputed" data-resolved={isLinkResolved(item)}>
              <button type="button" className="gs-review-version__key" onClick={() => store.showLink(index)} title="Show this link">
                {index + 1}
              </button>
              <LinkEnds link={item.link} text={open.text} spans={spans} colors={colors} />
              <span className="gs-muted gs-review-small">by {item.link.proposedBy.join(', ')}</span>
              <span className={isLinkResolved(item) ? 'gs-links-done' : 'gs-muted'}>{isLinkResolved(item) ? (item.decision?.outcome === 'rejected' ? '✗ rejected' : '✓ accepted') : 'open'}</span>
            </li>
          ))}
        </ol>
      </section>
      <WaitingList waiting={links.waiting} text={open.text} />
    </div>
  )
}
