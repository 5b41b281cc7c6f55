import { Store } from '../state/store'

export interface PaletteState {
  readonly open: boolean
  readonly filter: string
  /** Index of the highlighted action among those the filter keeps. */
  readonly active: number
}

/** The command palette's own state; the actions come from `paletteActions`. */
export class PaletteStore extends Store<PaletteState> {
  constructor() {
    super({ open: false, filter: '', active: 0 })
  }

  toggle(): void {
    this.setState({ open: !this.getState().open, filter: '', active: 0 })
  }

  close(): void {
    if (this.getState().open) this.setState({ open: false, filter: '', active: 0 })
  }

  setFilter(filter: string): void {
    this.setState({ open: true, filter, active: 0 })
  }

  move(step: number, count: number): void {
    if (count === 0) return
    this.update({ active: (this.getState().active + step + count) % count })
  }
}

/** Keeps the actions whose title or shortcut holds every word of `filter`, in any order, ignoring case and accents. */
export function matchesFilter(text: string, filter: string): boolean {
  const fold = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  const haystack = fold(text)
  return fold(filter)
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .every((word) => haystack.includes(word))
}

const stores = new WeakMap<object, PaletteStore>()

/** The palette of an app (keyed by its services), made on first use. */
export function paletteStoreOf(services: object): PaletteStore {
  let store = stores.get(services)
  if (!store) {
    store = new PaletteStore()
    stores.set(services, store)
  }
  return store
}
