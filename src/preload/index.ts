import { contextBridge, ipcRenderer } from 'electron'
import { createBridge } from './createBridge'

contextBridge.exposeInMainWorld('goldspan', createBridge(ipcRenderer))
