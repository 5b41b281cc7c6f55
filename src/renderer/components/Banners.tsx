import { useStore } from '../state/useStore'
import { useServices } from './servicesContext'

/** Errors and project problems (e.g. an unreadable annotation file), each naming the file and reason. */
export function Banners() {
  const { session } = useServices()
  const banners = useStore(session, (state) => state.banners)
  if (banners.length === 0) return null
  return (
    <div className="gs-banners">
      {banners.map((banner) => (
        <div key={banner.id} className={`gs-banner gs-banner--${banner.kind}`} role="alert" data-testid={`banner-${banner.kind}`}>
          <span>{banner.text}</span>
          <button type="button" className="gs-link" onClick={() => session.dismissBanner(banner.id)} aria-label="Dismiss">
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
