const STORAGE_KEY = 'goldspan-token'

/**
 * The web mode's per-run token: read from `?token=` when the page is opened, kept in
 * sessionStorage so a reload still works, and removed from the address bar so it does not
 * linger in history or screenshots.
 */
export function takeSessionToken(win: Window = window): string | null {
  const url = new URL(win.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    win.sessionStorage.setItem(STORAGE_KEY, fromUrl)
    url.searchParams.delete('token')
    win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return win.sessionStorage.getItem(STORAGE_KEY)
}
