// Messages of the map's own parts (issue 14: the reset-view control, the basemap notice): only the
// map chunk and the basemap notice (both lazy) show them, so they load with those chunks.
// Same keys in both languages (i18n.test.ts).
import { addMessages } from '../translate';
import type { MessageKey } from '../vi';

export const mapVi = {
  'map.resetView': 'Xem toàn tỉnh',
  'basemap.failed': 'Không tải được nền bản đồ OpenStreetMap (mất mạng hoặc máy chủ bản đồ không trả lời). Bản đồ nông thôn mới vẫn hiển thị đầy đủ.',
} as const;

export const mapEn: Record<keyof typeof mapVi, string> = {
  'map.resetView': 'Show the whole province',
  'basemap.failed': 'The OpenStreetMap basemap could not be loaded (no connection, or the tile server did not answer). The NTM map is still shown in full.',
};

export type MapMessageKey = keyof typeof mapVi;

/** One of these keys as the translate function takes it (the core's MessageKey does not list parts
 *  it does not import; this part is kept out of vi.ts, which is being reorganised). */
export function mapKey(k: MapMessageKey): MessageKey {
  return k as unknown as MessageKey;
}

addMessages({ vi: mapVi, en: mapEn });
