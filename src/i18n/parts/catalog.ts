// Messages of the criteria catalog view (src/ui/CatalogView.tsx, loaded on demand); the button that opens it
// and its loading line stay in vi.ts / en.ts.
// Every module that uses one of these keys imports this file for its side effect; same keys in
// both languages (i18n.test.ts).
import { addMessages } from '../translate';

export const catalogVi = {
  'catalog.title': '{name}',
  'catalog.failed': 'Không tải được bộ tiêu chí ({message}).',
  'catalog.retry': 'Thử lại',
  'catalog.close': 'Đóng',
  'catalog.decision': 'Văn bản: QĐ {decision}; hiệu lực từ {inForce}.',
  'catalog.criteria': '{count} tiêu chí',
  'catalog.indicators': '{total} chỉ tiêu (nguồn: {source}); số hiệu và nội dung từng chỉ tiêu chưa đọc được trong nguồn, chưa ghi.',
  'catalog.indicatorsRecorded': '{count} chỉ tiêu đã ghi',
  'catalog.groups': 'Nhóm xã',
  'catalog.annexes': 'Phụ lục',
  'catalog.noDistrict': 'Bộ tiêu chí huyện',
  'catalog.statuses': 'Trạng thái',
  'catalog.sources': 'Nguồn',
  'catalog.read': 'Đã đọc',
  'catalog.verified': 'đã kiểm chứng',
  'catalog.unverified': 'chưa kiểm chứng',
  'catalog.sourceOf': 'nguồn: {source}',
} as const;

export type CatalogMessageKey = keyof typeof catalogVi;

export const catalogEn: Record<CatalogMessageKey, string> = {
  'catalog.title': '{name}',
  'catalog.failed': 'Could not load the criteria ({message}).',
  'catalog.retry': 'Retry',
  'catalog.close': 'Close',
  'catalog.decision': 'Decision {decision}, in force from {inForce}.',
  'catalog.criteria': '{count} criteria',
  'catalog.indicators': '{total} indicators (source: {source}); the number and text of each indicator could not be read in the sources and are not recorded.',
  'catalog.indicatorsRecorded': '{count} indicators recorded',
  'catalog.groups': 'Commune groups',
  'catalog.annexes': 'Annexes',
  'catalog.noDistrict': 'District criteria',
  'catalog.statuses': 'Statuses',
  'catalog.sources': 'Sources',
  'catalog.read': 'Read',
  'catalog.verified': 'verified',
  'catalog.unverified': 'unverified',
  'catalog.sourceOf': 'source: {source}',
};

addMessages({ vi: catalogVi, en: catalogEn });
