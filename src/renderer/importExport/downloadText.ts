/** Saves text through the browser's download (web mode), with the file name given. */
export function downloadText(content: string, fileName: string): void {
  const type = fileName.endsWith('.json') ? 'application/json' : fileName.endsWith('.jsonl') ? 'application/jsonl' : 'text/plain'
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
