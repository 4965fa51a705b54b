// Beside the basemap toggle: says when the OpenStreetMap tiles cannot be loaded (offline, or the
// tile server not answering), so an empty basemap is not silent (issue 14). Ships in the map chunk
// (re-exported by src/map/MapView.tsx): a page offline can still show it.
import { useApp } from '../state/store';
import { useBasemapStatus } from '../state/basemapStatus';
import { useT } from '../i18n';
import { mapKey } from '../i18n/parts/map';

export function BasemapNotice() {
  const t = useT();
  const on = useApp((s) => s.basemap);
  const failed = useBasemapStatus((s) => s.failed);
  // The live region exists while the basemap is on, so its message is announced when it appears.
  if (!on) return null;
  return (
    <p role="status" className="basemap-notice" data-state={failed ? 'failed' : 'ok'}>
      {failed ? t(mapKey('basemap.failed')) : ''}
    </p>
  );
}
