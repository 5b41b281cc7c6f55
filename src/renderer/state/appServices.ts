import type { Connection } from '../api/connectApi'
import { AnnotationCommands } from './annotationCommands'
import { SelectionStore } from './selectionStore'
import { SessionStore } from './sessionStore'
import { ViewStore } from './viewStore'

/** Everything the UI needs, created once at start-up and handed to React through context. */
export interface AppServices {
  readonly connection: Connection
  readonly session: SessionStore
  readonly selection: SelectionStore
  readonly view: ViewStore
  readonly commands: AnnotationCommands
}

export function createAppServices(connection: Connection): AppServices {
  const session = new SessionStore(connection.api)
  const selection = new SelectionStore()
  const view = new ViewStore()
  const commands = new AnnotationCommands(session, selection, view)
  // A different document means a different text: the old selection means nothing there.
  let shownDocument = session.getState().document
  session.subscribe(() => {
    const { document } = session.getState()
    if (document !== shownDocument) {
      shownDocument = document
      selection.clear()
      commands.linkMode.cancel()
    }
  })
  return { connection, session, selection, view, commands }
}
