import type { DocumentStatus } from '../../core/model'
import { Store } from './store'

export type StatusFilter = DocumentStatus | 'all'

/** What fills the window below the top bar: the annotation editor, the review of annotators' disagreements, or the agreement charts. */
export type Screen = 'annotate' | 'review' | 'agreement'

/** Preferences and panels of the window, not saved with the project. */
export interface ViewState {
  readonly snapToWords: boolean
  readonly helpOpen: boolean
  readonly nameFilter: string
  readonly statusFilter: StatusFilter
  /** A short message about the last refused action, cleared by the next action. */
  readonly notice: string | null
  readonly screen: Screen
}

export class ViewStore extends Store<ViewState> {
  constructor() {
    super({ snapToWords: true, helpOpen: false, nameFilter: '', statusFilter: 'all', notice: null, screen: 'annotate' })
  }

  toggleSnap(): void {
    this.update({ snapToWords: !this.getState().snapToWords })
  }

  setHelpOpen(helpOpen: boolean): void {
    this.update({ helpOpen })
  }

  setNameFilter(nameFilter: string): void {
    this.update({ nameFilter })
  }

  setStatusFilter(statusFilter: StatusFilter): void {
    this.update({ statusFilter })
  }

  setScreen(screen: Screen): void {
    if (screen !== this.getState().screen) this.update({ screen })
  }

  setNotice(notice: string | null): void {
    if (notice !== this.getState().notice) this.update({ notice })
  }
}
