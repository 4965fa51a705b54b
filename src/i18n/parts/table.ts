// Messages of the data table (src/ui/DataTable.tsx, loaded on demand); the legend's and the sort headers'
// words stay in vi.ts / en.ts.
// Every module that uses one of these keys imports this file for its side effect; same keys in
// both languages (i18n.test.ts).
import { addMessages } from '../translate';

export const tableVi = {
  'table.title': 'Bảng số liệu',
  'table.caption': 'Các đơn vị cấp xã: {measure}, năm {year}',
  'table.districtCaption': 'Các huyện, thành phố: tỷ lệ xã đạt ({measure}), năm {year}',
  'table.commune': 'Đơn vị',
  'table.district': 'Huyện, thành phố',
  'table.type': 'Loại',
  'table.criteria': 'Số tiêu chí đạt',
  'table.status': 'Trạng thái NTM',
  'table.xaTotal': 'Số xã',
  'table.met': 'Xã đạt',
  'table.notMet': 'Xã chưa đạt',
  'table.noData': 'Xã không có dữ liệu',
  'table.share': 'Tỷ lệ đạt',
  'table.criteriaValue': '{met}/19',
  'table.criteriaValueUnknown': '{met}/19 ({unknown} không rõ)',
} as const;

export type TableMessageKey = keyof typeof tableVi;

export const tableEn: Record<TableMessageKey, string> = {
  'table.title': 'Data table',
  'table.caption': 'Commune-level units: {measure}, {year}',
  'table.districtCaption': 'Districts and cities: share of communes meeting {measure}, {year}',
  'table.commune': 'Unit',
  'table.district': 'District or city',
  'table.type': 'Type',
  'table.criteria': 'Criteria met',
  'table.status': 'NTM status',
  'table.xaTotal': 'Communes',
  'table.met': 'Meeting',
  'table.notMet': 'Not meeting',
  'table.noData': 'No data',
  'table.share': 'Share meeting',
  'table.criteriaValue': '{met}/19',
  'table.criteriaValueUnknown': '{met}/19 ({unknown} unknown)',
};

addMessages({ vi: tableVi, en: tableEn });
