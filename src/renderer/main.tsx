import './configureZod'
import { createRoot } from 'react-dom/client'
import { connectApi } from './api/connectApi'
import { App } from './components/App'
import { createAppServices } from './state/appServices'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(<App services={createAppServices(connectApi())} />)
