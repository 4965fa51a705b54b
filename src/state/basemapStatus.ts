// Whether the OpenStreetMap basemap's tiles are failing (issue 14: said beside its toggle, not
// silently). Set by MapView from the map's problems (sourceId 'osm'), cleared when the basemap is
// turned off (turning it on again tries the tile server again).
import { create } from 'zustand';

export const useBasemapStatus = create<{ failed: boolean }>(() => ({ failed: false }));
