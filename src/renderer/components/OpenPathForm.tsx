import { useState, type FormEvent } from 'react'
import { useServices } from './servicesContext'

/** Web mode's "Open…": a path typed by hand, since a browser cannot show the OS dialogs. */
export function OpenPathForm({ onDone }: { readonly onDone: () => void }) {
  const { session } = useServices()
  const [path, setPath] = useState('')
  const [kind, setKind] = useState<'corpus' | 'project'>('corpus')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = path.trim()
    if (!trimmed) return
    onDone()
    void (kind === 'corpus' ? session.openCorpus(trimmed) : session.openProject(trimmed))
  }
  return (
    <form className="gs-open-form" onSubmit={submit} data-testid="open-form">
      <label className="gs-field">
        <span>Open</span>
        <select value={kind} onChange={(event) => setKind(event.target.value as 'corpus' | 'project')} data-testid="open-kind">
          <option value="corpus">Corpus (folder of .txt or .jsonl)</option>
          <option value="project">Goldspan project folder</option>
        </select>
      </label>
      <input
        autoFocus
        className="gs-input"
        value={path}
        onChange={(event) => setPath(event.target.value)}
        placeholder="/path/to/corpus-or-project"
        aria-label="Path on the server machine"
        data-testid="open-path"
      />
      <button type="submit" className="gs-button gs-button--primary">
        Open
      </button>
      <button type="button" className="gs-button" onClick={onDone}>
        Cancel
      </button>
    </form>
  )
}
