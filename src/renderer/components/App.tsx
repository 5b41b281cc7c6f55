import { useEffect } from 'react'
import { CommandPalette } from '../palette/CommandPalette'
import { AnnotateAllDialog } from '../search/AnnotateAllDialog'
import { SearchPanel } from '../search/SearchPanel'
import { ImportExportDialogs } from '../importExport/ImportExportDialogs'
import { JobProgressBar } from '../progress/JobProgressBar'
import { openCorporaThroughJobs } from '../progress/jobServices'
import { ProgressPanel } from '../progress/ProgressPanel'
import { SuggestionPanel } from '../suggestions/SuggestionPanel'
import type { AppServices } from '../state/appServices'
import { useStore } from '../state/useStore'
import { AnnotatorDialog } from './AnnotatorDialog'
import { Banners } from './Banners'
import { DocumentList } from './DocumentList'
import { DocumentPane } from './DocumentPane'
import { EventPanel } from './EventPanel'
import { LabelPalette } from './LabelPalette'
import { ReviewScreen } from '../review/ReviewScreen'
import { AgreementScreen } from '../agreement/AgreementScreen'
import { ServicesContext, useServices } from './servicesContext'
import { ShortcutsHelp } from './ShortcutsHelp'
import { SpanDetails } from './SpanDetails'
import { SpanList } from './SpanList'
import { TopBar } from './TopBar'
import { useGlobalShortcuts } from './useGlobalShortcuts'

function SidePanel() {
  const { session } = useServices()
  const document = useStore(session, (state) => state.document)
  return (
    <aside className="gs-side" aria-label="Labels and spans">
      <LabelPalette />
      {document && <SuggestionPanel />}
      <ProgressPanel />
      {document && <SpanDetails document={document} />}
      {document && <EventPanel document={document} />}
      {document && <SpanList key={document.id} document={document} />}
    </aside>
  )
}

function Shell() {
  const { session, view } = useServices()
  const phase = useStore(session, (state) => state.phase)
  const helpOpen = useStore(view, (state) => state.helpOpen)
  const screen = useStore(view, (state) => state.screen)
  return (
    <div className="gs-app" data-testid="app" data-phase={phase} data-screen={screen}>
      <TopBar />
      <JobProgressBar />
      <Banners />
      {screen === 'annotate' && <div className="gs-layout">
        <DocumentList />
        {phase === 'connecting' || phase === 'opening' ? (
          <main className="gs-center gs-center--empty">
            <p className="gs-muted">{phase === 'opening' ? 'Opening the corpus…' : 'Connecting…'}</p>
          </main>
        ) : (
          <DocumentPane />
        )}
        <SidePanel />
      </div>}
      {screen === 'review' && <ReviewScreen />}
      {screen === 'agreement' && <AgreementScreen />}
      {phase === 'needs-annotator' && <AnnotatorDialog />}
      {helpOpen && <ShortcutsHelp />}
      <SearchPanel />
      <AnnotateAllDialog />
      <CommandPalette />
      <ImportExportDialogs />
    </div>
  )
}

export function App({ services }: { readonly services: AppServices }) {
  useGlobalShortcuts(services)
  useEffect(() => {
    openCorporaThroughJobs(services)
    void services.session.start()
  }, [services])
  return (
    <ServicesContext.Provider value={services}>
      <Shell />
    </ServicesContext.Provider>
  )
}
