import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis, type LegendPayload } from 'recharts'
import { seriesColour } from './formatFigure'

/** One row of a bar chart: its category and one value per series (`s0`, `s1`, …; null draws no bar). */
export type BarRow = { readonly category: string } & Readonly<Record<`s${number}`, number | null>>

interface BarFigureProps {
  readonly title: string
  readonly testId: string
  readonly rows: readonly BarRow[]
  /** Series names, in the order of the `s<i>` keys. */
  readonly series: readonly string[]
  /** [0, 1] for ratios and coefficients; undefined lets the chart fit counts. */
  readonly domain?: readonly [number, number]
  /** Bars along the vertical axis, one category per line: for long lists of labels. */
  readonly horizontal?: boolean
  readonly caption: string
  readonly width?: number
  /** Series stacked into one bar per category (parts of a whole) instead of side by side. */
  readonly stacked?: boolean
}

const format = (value: unknown): string => (typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(4)) : 'n/a')
/** Values written on the bars: ratios with two decimals, counts as they are, nothing for an undefined value. */
const barLabel = (value: unknown): string => (typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(2)) : '')
const RATIO_TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1]
/** A zero is drawn as a sliver with its label, so that it differs from an undefined value (no bar at all). */
const zeroAsSliver = (value: number | null | undefined): number => (value === 0 ? 2 : 0)
/** Legend in series order (recharts sorts by name otherwise). */
const seriesOrder = (item: LegendPayload): number => Number(String(item.dataKey).slice(1))

/**
 * A grouped bar chart drawn by recharts (SVG). Series keys are positional (`s0`…), since
 * recharts reads a dotted string key as a path and annotator names may hold dots.
 * Animation is off so that what the chart shows is final at once (and in screenshots).
 */
export function BarFigure({ title, testId, rows, series, domain, horizontal = false, caption, width = 560, stacked = false }: BarFigureProps) {
  const band = stacked ? 28 : Math.max(22, series.length * 14 + 8)
  const height = horizontal ? 70 + rows.length * band : 280
  const valueAxis = domain ? { type: 'number' as const, domain: [...domain], ticks: RATIO_TICKS, tickFormatter: (value: number) => value.toFixed(1) } : { type: 'number' as const, allowDecimals: false }
  return (
    <figure className="gs-agreement-card gs-agreement-chart" data-testid={testId} data-rows={rows.length} data-series={series.length}>
      <h2>{title}</h2>
      <BarChart width={width} height={height} data={[...rows]} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 16, right: horizontal ? 44 : 16, bottom: 4, left: horizontal ? 24 : 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2dfd8" />
        {horizontal ? (
          <>
            <XAxis {...valueAxis} />
            <YAxis type="category" dataKey="category" width={110} interval={0} tick={{ fontSize: 12 }} />
          </>
        ) : (
          <>
            <XAxis type="category" dataKey="category" interval={0} tick={{ fontSize: 12 }} />
            <YAxis {...valueAxis} width={40} />
          </>
        )}
        <Tooltip formatter={format} />
        <Legend itemSorter={seriesOrder} />
        {series.map((name, index) => (
          <Bar key={name} dataKey={`s${index}`} name={name} fill={seriesColour(index)} stackId={stacked ? 'stack' : undefined} minPointSize={stacked ? 0 : zeroAsSliver} isAnimationActive={false}>
            {!stacked && <LabelList dataKey={`s${index}`} position={horizontal ? 'right' : 'top'} formatter={barLabel} fontSize={11} fill="#1f2328" />}
          </Bar>
        ))}
      </BarChart>
      <figcaption className="gs-muted gs-agreement-note">{caption}</figcaption>
    </figure>
  )
}
