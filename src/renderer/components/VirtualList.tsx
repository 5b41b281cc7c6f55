import { useEffect, useRef, useState, type ReactNode } from 'react'

interface VirtualListProps<T> {
  readonly items: readonly T[]
  readonly rowHeight: number
  /** The most the list grows to before it scrolls; without it the list fills its flex parent. */
  readonly maxHeight?: number
  readonly itemKey: (item: T) => string
  readonly renderItem: (item: T) => ReactNode
  readonly className?: string
  readonly testId?: string
  /** Scrolled into view whenever it changes (the current document after Ctrl+Enter, say). */
  readonly activeIndex?: number
}

const OVERSCAN_ROWS = 8

/**
 * A list that puts only the rows in view in the DOM: 10k documents or spans cost a few
 * dozen elements. Rows have a fixed height.
 */
export function VirtualList<T>({ items, rowHeight, maxHeight, itemKey, renderItem, className, testId, activeIndex }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0)
  const [viewHeight, setViewHeight] = useState(maxHeight ?? 800)
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const element = box.current
    if (!element || maxHeight !== undefined || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => setViewHeight(element.clientHeight))
    observer.observe(element)
    return () => observer.disconnect()
  }, [maxHeight])
  const shownTop = useRef(scrollTop)
  shownTop.current = scrollTop
  useEffect(() => {
    const element = box.current
    if (!element || activeIndex === undefined || activeIndex < 0) return
    // From the last scroll event and resize, not from the element: reading its geometry here
    // forced a layout of the whole page in the middle of the commit that shows a new document.
    const top = activeIndex * rowHeight
    if (top < shownTop.current) element.scrollTop = top
    else if (top + rowHeight > shownTop.current + viewHeight) element.scrollTop = top + rowHeight - viewHeight
  }, [activeIndex, rowHeight, viewHeight])
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN_ROWS)
  const last = Math.min(items.length, Math.ceil((scrollTop + viewHeight) / rowHeight) + OVERSCAN_ROWS)
  const style = maxHeight === undefined ? { flex: '1 1 0', minHeight: 0, overflowY: 'auto' as const } : { maxHeight, overflowY: 'auto' as const }
  return (
    <div ref={box} className={className} style={style} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)} data-testid={testId}>
      <ul style={{ height: items.length * rowHeight, position: 'relative' }}>
        {items.slice(first, last).map((item, index) => (
          <li key={itemKey(item)} style={{ position: 'absolute', top: (first + index) * rowHeight, left: 0, right: 0, height: rowHeight }}>
            {renderItem(item)}
          </li>
        ))}
      </ul>
    </div>
  )
}
