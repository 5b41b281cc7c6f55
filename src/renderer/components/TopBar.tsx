import { useState } from 'react'
import type { DocumentStore } from '../state/documentStore'
import { usePaintedStore } from '../state/usePaintedStore'
import { useStore } from '../state/useStore'
import { importExportDialogsOf } from '../importExport/dialogStore'
import { exportProject } from './exportProject'
import { OpenPathForm } from './OpenPathForm'
import { paletteStoreOf } from '../palette/paletteStore'
import { SaveIndicator } from './SaveIndicator'
import { useServices } from './servicesContext'

const UNDO_LABEL = navigator.platform.startsWith('Mac') ? '⌘Z' : 'Ctrl+Z'

/** The annotated document's undo and redo; the review screen has its own, for its decisions. */
function UndoRedoButtons() {
  const { session, view } = useServices()
  const document = useStore(session, (state) => state.document)
  const screen = useStore(view, (state) => state.screen)
  if (screen !== 'annotate') return null
  return document ? <DocumentUndoRedo document={document} /> : <UndoRedoView canUndo={false} canRedo={false} />
}

function DocumentUndoRedo({ document }: { readonly document: DocumentStore }) {
  const canUndo = usePaintedStore(document, (state) => state.canUndo)
  const canRedo = usePaintedStore(document, (state) => state.canRedo)
  return <UndoRedoView canUndo={canUndo} canRedo={canRedo} />
}

function UndoRedoView({ canUndo, canRedo }: { readonly canUndo: boolean; readonly canRedo: boolean }) {
  const { commands } = useServices()
  return (
    <div className="gs-button-group">
      <button type="button" className="gs-button" disabled={!canUndo} onClick={() => commands.undo()} title={`Undo (${UNDO_LABEL})`} data-testid="undo">
        ↶ Undo
      </button>
      <button type="button" className="gs-button" disabled={!canRedo} onClick={() => commands.redo()} title="Redo (Ctrl+Shift+Z or Ctrl+Y)" data-testid="redo">
        ↷ Redo
      </button>
    </div>
  )
}

export function TopBar() {
  const services = useServices()
  const { session, view, connection } = services
  const project = useStore(session, (state) => state.project)
  const annotator = useStore(session, (state) => state.session?.annotator ?? null)
  const snap = useStore(view, (state) => state.snapToWords)
  const screen = useStore(view, (state) => state.screen)
  const [opening, setOpening] = useState(false)
  return (
    <header className="gs-topbar">
      <div className="gs-brand" aria-label="Goldspan">
        <span className="gs-brand__mark" aria-hidden="true">◆</span> Goldspan
      </div>
      <div className="gs-topbar__project" data-testid="project-name" title={project?.dir}>
        {project ? project.name : 'No project open'}
      </div>
      {annotator && (
        <div className="gs-topbar__annotator" title={`Annotating as ${annotator}`} data-testid="annotator">
          as <strong>{annotator}</strong>
        </div>
      )}
      <SaveIndicator />
      <div className="gs-topbar__spacer" />
      <UndoRedoButtons />
      <label className="gs-toggle" title="Snap selections to whole words (hold Alt for exact characters)">
        <input type="checkbox" checked={snap} onChange={() => view.toggleSnap()} data-testid="snap-toggle" />
        Snap to words
      </label>
      {connection.mode === 'web' && (
        <button type="button" className="gs-button" onClick={() => setOpening((open) => !open)} data-keeps-focus data-testid="open-button">
          Open…
        </button>
      )}
      <button type="button" className="gs-button" disabled={!project} aria-pressed={screen === 'review'} onClick={() => view.setScreen(screen === 'review' ? 'annotate' : 'review')} data-keeps-focus data-testid="review-button">
        Review
      </button>
      <button type="button" className="gs-button" disabled={!project} aria-pressed={screen === 'agreement'} onClick={() => view.setScreen(screen === 'agreement' ? 'annotate' : 'agreement')} data-keeps-focus data-testid="agreement-button">
        Agreement
      </button>
      <button type="button" className="gs-button" disabled={!project} onClick={() => importExportDialogsOf(services).show('import')} title="Import annotations or a model's suggestions" data-testid="import-button">
        Import…
      </button>
      <button type="button" className="gs-button" disabled={!project} onClick={() => void exportProject(services)} title="Export in goldspan, doccano, spaCy, CoNLL, Label Studio or brat" data-testid="export-button">
        Export…
      </button>
      <button type="button" className="gs-button" onClick={() => paletteStoreOf(services).toggle()} title="Every command with its shortcut (Ctrl/Cmd+K)" data-keeps-focus data-testid="palette-button">
        Commands
      </button>
      <button type="button" className="gs-button gs-button--icon" onClick={() => view.setHelpOpen(true)} title="Keyboard shortcuts (?)" data-keeps-focus data-testid="help-button">
        ?
      </button>
      {opening && (
        <div className="gs-popover">
          <OpenPathForm onDone={() => setOpening(false)} />
        </div>
      )}
    </header>
  )
}
