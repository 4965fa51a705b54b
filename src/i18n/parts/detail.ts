// Messages of the detail panel of a commune or district (and today's unit panel): they load with the
// panel's chunk (src/ui/DetailPanel.tsx, src/ui/TodayPanel.tsx), not with the first view. The three
// strings of the map's hover card stay in vi.ts / en.ts (it is drawn with the map).
// Every module that uses one of these keys imports this file for its side effect; same keys in
// both languages (i18n.test.ts).
import { addMessages } from '../translate';

export const detailVi = {
  'detail.close': 'Đóng',
  'detail.district': 'Huyện, thành phố',
  'detail.type': 'Loại đơn vị',
  'detail.status': 'Trạng thái năm {year}',
  'detail.recognitionYear': 'Năm công nhận',
  'detail.decision': 'Quyết định',
  'detail.criteriaSet': 'Bộ tiêu chí áp dụng',
  'detail.vintage.2016-2020': 'Bộ tiêu chí của tỉnh, giai đoạn 2016–2020',
  'detail.vintage.2021-2025': 'Bộ tiêu chí quốc gia, giai đoạn 2021–2025',
  'detail.vintage.2026-2030': 'Bộ tiêu chí quốc gia, giai đoạn 2026–2030 (QĐ 51/2025/QĐ-TTg)',
  'detail.checklist': 'Bộ {total} tiêu chí xã NTM, năm {year}',
  'detail.metCount': 'Đạt {met}/{total} tiêu chí',
  'detail.metCountUnknown': 'Đạt {met}/{total} tiêu chí ({unknown} tiêu chí không có dữ liệu)',
  'detail.indicators': 'Chỉ tiêu 8.1–8.4 (Thông tin và Truyền thông)',
  'detail.advancedIndicators': 'Chỉ tiêu bộ NTM nâng cao (cần kiểm chứng)',
  'detail.noRow': 'Không có dữ liệu của xã này cho năm {year}.',
  'detail.lastKnown': 'Số liệu gần nhất: năm {year}, {status}.',
  'detail.notSubject': '{type} không thuộc đối tượng xét Bộ tiêu chí xã NTM.',
  'detail.pilot': 'Mô hình thí điểm',
  'detail.pilotOf': '{model} (mục {section}, Kế hoạch 5306/KH-UBND)',
  'detail.notPilot': 'Không thuộc danh sách xã thí điểm của Kế hoạch 5306/KH-UBND.',
  'detail.note': 'Ghi chú',
  'detail.recognition': 'Kết quả công nhận',
  'detail.statusCounts': 'Số đơn vị theo trạng thái, năm {year}',
  'detail.share': 'Tỷ lệ xã đạt: {measure}',
  'detail.shareMissing': '{n} xã không có dữ liệu (không tính vào tỷ lệ).',
  'detail.communes': 'Các đơn vị cấp xã ({n})',
  'detail.met': 'Đạt',
  'detail.notMet': 'Chưa đạt',
  'detail.noData': 'Không có dữ liệu',
} as const;

export type DetailMessageKey = keyof typeof detailVi;

export const detailEn: Record<DetailMessageKey, string> = {
  'detail.close': 'Close',
  'detail.district': 'District or city',
  'detail.type': 'Unit type',
  'detail.status': 'Status in {year}',
  'detail.recognitionYear': 'Year recognised',
  'detail.decision': 'Decision',
  'detail.criteriaSet': 'Criteria set',
  'detail.vintage.2016-2020': 'Provincial criteria, 2016–2020',
  'detail.vintage.2021-2025': 'National criteria, 2021–2025',
  'detail.vintage.2026-2030': 'National criteria, 2026–2030 (Decision 51/2025/QĐ-TTg)',
  'detail.checklist': 'The {total} commune NTM criteria, {year}',
  'detail.metCount': '{met} of {total} criteria met',
  'detail.metCountUnknown': '{met} of {total} criteria met ({unknown} with no data)',
  'detail.indicators': 'Indicators 8.1–8.4 (Information and communications)',
  'detail.advancedIndicators': 'Advanced NTM set indicators (to verify)',
  'detail.noRow': 'No data for this commune in {year}.',
  'detail.lastKnown': 'Latest data: {year}, {status}.',
  'detail.notSubject': '{type}: not subject to the commune NTM criteria.',
  'detail.pilot': 'Pilot model',
  'detail.pilotOf': '{model} (section {section}, plan 5306/KH-UBND)',
  'detail.notPilot': 'Not on the pilot list of plan 5306/KH-UBND.',
  'detail.note': 'Note',
  'detail.recognition': 'Recognition',
  'detail.statusCounts': 'Units by status, {year}',
  'detail.share': 'Share of communes meeting: {measure}',
  'detail.shareMissing': 'Communes with no data: {n} (left out of the share).',
  'detail.communes': 'Commune-level units ({n})',
  'detail.met': 'Met',
  'detail.notMet': 'Not met',
  'detail.noData': 'No data',
};

addMessages({ vi: detailVi, en: detailEn });
