import { useMemo } from 'react'
import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts'
import { useServices } from '../components/servicesContext'
import type { DocumentStore } from '../state/documentStore'
import { useStore } from '../state/useStore'
import { countByLabel, countByStatus } from './documentProgress'
import './progress.css'

const STATUS_COLOURS = { done: '#3c8d40', in_progress: '#e0a526', todo: '#c9c4ba' } as const
const STATUS_NAMES = { done: 'done', in_progress: 'in progress', todo: 'to do' } as const

function LabelChart({ document, colours }: { readonly document: DocumentStore; readonly colours: ReadonlyMap<string, string> }) {
  const spans = useStore(document, (state) => state.annotations.spans)
  const rows = useMemo(() => countByLabel(spans, [...colours.keys()]), [spans, colours])
  return (
    <div data-testid="progress-labels" data-spans={spans.length}>
      <div className="gs-muted">Spans per label in {document.id}</div>
      {/* recharts, as the agreement screen; animation off so the chart is final at once. */}
      <BarChart width={250} height={24 + rows.length * 18} data={rows} layout="vertical" margin={{ top: 4, right: 28, bottom: 4, left: 0 }}>
        <XAxis type="number" hide allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={74} interval={0} tick={{ fontSize: 11 }} />
        <Bar dataKey="count" isAnimationActive={false} minPointSize={1}>
          {rows.map((row) => (
            <Cell key={row.label} fill={colours.get(row.label) ?? '#888'} />
          ))}
          <LabelList dataKey="count" position="right" fontSize={11} />
        </Bar>
      </BarChart>
    </div>
  )
}

/** Corpus progress (documents done / in progress / to do) and the open document's spans per label. */
export function ProgressPanel() {
  const { session } = useServices()
  const documents = useStore(session, (state) => state.documents)
  const document = useStore(session, (state) => state.document)
  const schema = useStore(session, (state) => state.project?.schema ?? null)
  const colours = useMemo(() => new Map([...(schema?.entityTypes ?? []), ...(schema?.eventTypes ?? [])].map((type) => [type.name, type.color] as const)), [schema])
  const counts = countByStatus(documents)
  const total = documents.length
  if (total === 0) return null
  return (
    <section className="gs-progress-panel" aria-label="Progress" data-testid="progress-panel">
      <h3>Progress</h3>
      <div className="gs-progress-stack" role="img" aria-label={`${counts.done} of ${total} documents done`}>
        {(['done', 'in_progress', 'todo'] as const).map((status) => (
          <div key={status} style={{ width: `${(counts[status] / total) * 100}%`, background: STATUS_COLOURS[status] }} title={`${counts[status]} ${STATUS_NAMES[status]}`} />
        ))}
      </div>
      <div className="gs-muted" data-testid="progress-counts">
        {counts.done} done · {counts.in_progress} in progress · {counts.todo} to do (of {total})
      </div>
      {document && <LabelChart document={document} colours={colours} />}
    </section>
  )
}
