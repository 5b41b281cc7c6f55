/** A label as a coloured chip; `null` says the annotator marked nothing. */
export function LabelChip({ label, color }: { readonly label: string | null; readonly color?: string }) {
  if (label === null) return <span className="gs-review-chip gs-review-chip--absent">(absent)</span>
  return (
    <span className="gs-review-chip" style={color ? { borderColor: color, color } : undefined}>
      {label}
    </span>
  )
}
