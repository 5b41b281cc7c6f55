import { Editor, Mark, type JSONContent } from '@tiptap/core'
import Document from '@tiptap/extension-document'
import Paragraph from '@tiptap/extension-paragraph'
import Text from '@tiptap/extension-text'

// The naive baseline: the text in a Tiptap editor with every span as a mark, as a
// straightforward implementation would do it. Bundled on the fly by bench/baseline.ts.

interface NaiveSpan {
  readonly id: string
  readonly start: number
  readonly end: number
  readonly label: string
}

declare global {
  interface Window {
    runNaive: (text: string, spans: NaiveSpan[]) => Promise<{ ms: number; spans: number }>
  }
}

// excludes '' lets marks of this type overlap and nest, one per span.
const SpanMark = Mark.create({
  name: 'annotation',
  excludes: '',
  addAttributes() {
    return { spanId: { default: null, renderHTML: (attrs) => ({ 'data-span-id': attrs.spanId }) }, label: { default: null } }
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', { ...HTMLAttributes, style: 'border-bottom: 2px solid #c33' }, 0]
  }
})

/** Paragraph JSON with text cut at every span boundary and each piece marked by the spans covering it. */
function buildContent(text: string, spans: readonly NaiveSpan[]): JSONContent {
  const paragraphs: JSONContent[] = []
  let lineStart = 0
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  let next = 0
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length
    const inLine: NaiveSpan[] = []
    while (next < sorted.length && (sorted[next] as NaiveSpan).start < lineEnd) inLine.push(sorted[next++] as NaiveSpan)
    const cuts = new Set<number>([lineStart, lineEnd])
    for (const span of inLine) cuts.add(span.start).add(span.end)
    const points = [...cuts].sort((a, b) => a - b)
    const content: JSONContent[] = []
    for (let index = 0; index + 1 < points.length; index++) {
      const from = points[index] as number
      const to = points[index + 1] as number
      if (to <= from) continue
      const marks = inLine.filter((span) => span.start <= from && span.end >= to).map((span) => ({ type: 'annotation', attrs: { spanId: span.id, label: span.label } }))
      content.push(marks.length > 0 ? { type: 'text', text: text.slice(from, to), marks } : { type: 'text', text: text.slice(from, to) })
    }
    paragraphs.push(content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' })
    lineStart = lineEnd + 1
  }
  return { type: 'doc', content: paragraphs }
}

window.runNaive = async (text, spans) => {
  const started = performance.now()
  const element = document.getElementById('editor') as HTMLElement
  new Editor({ element, extensions: [Document, Paragraph, Text, SpanMark], content: buildContent(text, spans), editable: false })
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  const ids = new Set<string>()
  for (const node of element.querySelectorAll<HTMLElement>('[data-span-id]')) ids.add(node.dataset.spanId as string)
  return { ms: performance.now() - started, spans: ids.size }
}
