import { useState } from 'react'
import type { AgreementData } from '../../core/api/agreementResults'
import { BarFigure } from './BarFigure'
import { confusionRows, distributionRows, eventRows, labelF1Rows, pairF1Rows } from './chartRows'
import { ConfusionMatrix } from './ConfusionMatrix'
import { pairName } from './formatFigure'

/** The charts below the summary: span F1 per pair and per label, label confusion, label distribution, event F1. */
export function AgreementCharts({ data }: { readonly data: AgreementData }) {
  const [pairIndex, setPairIndex] = useState(0)
  const confusion = data.confusion[Math.min(pairIndex, data.confusion.length - 1)]
  const pairs = pairF1Rows(data)
  const labels = labelF1Rows(data)
  const distribution = distributionRows(data)
  const events = eventRows(data)
  const hasEvents = data.report.events.pairwise.some((pair) => pair.trigger_identification.tp + pair.trigger_identification.fp + pair.trigger_identification.fn > 0)
  return (
    <div className="gs-agreement-charts">
      <BarFigure title="Span F1 per pair" testId="agreement-chart-pairs" {...pairs} domain={[0, 1]} caption="Strict: same start, end and label. Overlap: same label, sharing a character, matched one-to-one." />
      <BarFigure
        title="Strict span F1 per label"
        testId="agreement-chart-labels"
        {...labels}
        domain={[0, 1]}
        horizontal
        caption="One bar per pair; no bar where neither of the pair used the label on their shared documents (F1 undefined)."
      />
      <BarFigure
        title="Label distribution per annotator"
        testId="agreement-chart-distribution"
        {...distribution}
        horizontal
        caption={`Spans per label on the ${data.distribution.documents} document(s) annotated by all.`}
      />
      <BarFigure
        title="Event measures (F1)"
        testId="agreement-chart-events"
        {...events}
        domain={[0, 1]}
        caption={hasEvents ? 'Trigger and argument identification and classification, ACE-style (docs/formats.md).' : 'No events on the shared documents: nothing to compare.'}
      />
      {confusion && (
        <section className="gs-agreement-card gs-agreement-confusion-card" aria-label="Label confusion">
          <div className="gs-agreement-card__head">
            <h2>Label confusion</h2>
            {data.confusion.length > 1 && (
              <select className="gs-input" value={pairIndex} onChange={(event) => setPairIndex(Number(event.target.value))} aria-label="Pair" data-testid="agreement-confusion-pair">
                {data.confusion.map((entry, index) => (
                  <option key={pairName(entry.annotators)} value={index}>
                    {pairName(entry.annotators)}
                  </option>
                ))}
              </select>
            )}
          </div>
          <div className="gs-agreement-confusion-card__body">
            <BarFigure
              title={`How ${confusion.annotators[1]} labelled ${confusion.annotators[0]}'s boundaries`}
              testId="agreement-chart-confusion"
              {...confusionRows(confusion)}
              horizontal
              stacked
              caption="Each bar: the boundaries the first annotator gave this label, split by the second annotator's label there."
            />
            <ConfusionMatrix confusion={confusion} />
          </div>
        </section>
      )}
    </div>
  )
}
