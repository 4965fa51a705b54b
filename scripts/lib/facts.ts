// Published per-commune facts (DOMAIN.md §4.4) that scripts/generate-attainment.ts starts from.
// Each fact fixes one commune's status in one table year and gives the source. Everything the
// generator adds around them is labelled "illustrative".
//
// Table year semantics (issue 15, docs/DATA.md "What a year means"): the row for year Y is the
// status at 31 December of Y. A report from within Y is a lower bound for Y (16/6/2021, 8/6/2022,
// 13/9/2023); a report early in Y+1 on "the results so far" gives the status at the end of Y
// (the ~4/2023 report: after the 2022 round). 2024 and 2025: illustrative projections, except the
// Đam Rông 2024 facts below.
import type { NtmStatus } from '../../src/domain/types';

export interface CommuneFact {
  district: string;
  commune: string;
  year: number;
  status: NtmStatus;
  /** Criteria met, for chua_dat facts that give it (e.g. "17/19"). */
  criteriaMet?: number;
  recognitionYear?: number;
  source: string;
  note: string;
}

export const SRC = {
  /** LĐ online via dichvulamdong.com, decision of 16/6/2021: 9 nâng cao, 4 kiểu mẫu by field; 106/111, 27, 9. */
  june2021: 'http://dichvulamdong.com/them-9-xa-cua-lam-dong-dat-chuan-xa-nong-thon-moi-nang-cao/',
  /** Báo Thái Bình on Đạ Tẻh: Quảng Trị, Đạ Kho, An Nhơn nâng cao in 2020. */
  daTeh2020: 'https://wwww.baothaibinh.com.vn/tin-tuc/0/119940/da-teh-lam-dong-dat-chuan-nong-thon-moi',
  /** Dân Việt via mic.gov.vn, 8/6/2022: 107/111; Cát Tiên 100% NTM, Đức Phổ nâng cao, Gia Viễn kiểu mẫu. */
  mic2022: 'https://mic.gov.vn/pages/tintuc/printpage.aspx?tintucID=161746',
  /** Báo Lâm Đồng 11/2021: Bảo Lâm 11/13 xã NTM, Lộc An nâng cao, Lộc Bắc and Lộc Bảo pending. */
  baoLam2021: 'http://baolamdong.vn/kinhte/202111/bao-lam-11-xa-dat-chuan-nong-thon-moi-3090441/',
  /** Báo Lâm Đồng 5/2022: Đam Rông 4/8 NTM (Đạ Rsal, Rô Men, Phi Liêng, Đạ K'Nàng), Đạ Rsal nâng cao; roadmap. */
  damRong2022: 'http://baolamdong.vn/xahoi/202205/dam-rong-xay-dung-lo-trinh-dat-chuan-huyen-nong-thon-moi-vao-nam-2025-3117735/',
  /** Báo Lâm Đồng ~4/2023: 107/111, the 4 remaining (Đam Rông) at 17/19; 33 nâng cao incl. 9 kiểu mẫu. */
  report2023: 'https://baolamdong.vn/toa-soan-ban-doc/202304/huy-dong-hon-1000-ty-dong-thuc-hien-chuong-trinh-nong-thon-moi-giai-doan-2021-2023-542088c',
  /** Nông thôn và Phát triển, end of 2023: 109/111 NTM, 41 nâng cao incl. 16 kiểu mẫu (section page of the article). */
  end2023: 'https://nongthonvaphattrien.vn/c/nong-thon-moi?page=1',
  /** Lâm Đồng TV 2024: Đam Rông 6/8 xã NTM; Liêng Srônh and Đạ Long at 18/19. */
  damRong2024: 'http://lamdongtv.vn/tin-tuc-n24322/dam-rong-68-xa-dat-chuan-nong-thon-moi.html',
} as const;

const f = (district: string, commune: string, year: number, status: NtmStatus, source: string, note: string, extra: Partial<CommuneFact> = {}): CommuneFact => ({
  district,
  commune,
  year,
  status,
  source,
  note,
  ...extra,
});

const NC2021 = 'Công nhận NTM nâng cao theo quyết định ngày 16/6/2021 (bộ tiêu chí tỉnh 2018-2020)';
const KM2021 = (field: string) => `Công nhận xã NTM kiểu mẫu về ${field} ngày 16/6/2021 (kiểu mẫu theo lĩnh vực, bộ tiêu chí tỉnh 2018-2020)`;

export const COMMUNE_FACTS: readonly CommuneFact[] = [
  // 16/6/2021: nine communes recognised NTM nâng cao.
  ...(
    [
      ['Đạ Huoai', 'Đạ Oai'],
      ['Đạ Huoai', 'Đạ Tồn'],
      ['Lâm Hà', 'Tân Văn'],
      ['Lâm Hà', 'Đông Thanh'],
      ['Đức Trọng', 'Hiệp Thạnh'],
      ['Đức Trọng', 'Ninh Gia'],
      ['Đơn Dương', 'Đạ Ròn'],
      ['Đơn Dương', 'Tu Tra'],
      ['Bảo Lộc', 'Lộc Thanh'],
    ] as const
  ).map(([d, c]) => f(d, c, 2021, 'nang_cao', SRC.june2021, NC2021, { recognitionYear: 2021 })),
  // 16/6/2021: four field-specific kiểu mẫu.
  f('Lâm Hà', 'Tân Hà', 2021, 'kieu_mau', SRC.june2021, KM2021('giáo dục'), { recognitionYear: 2021 }),
  f('Di Linh', 'Hòa Ninh', 2021, 'kieu_mau', SRC.june2021, KM2021('giáo dục'), { recognitionYear: 2021 }),
  f('Cát Tiên', 'Đức Phổ', 2021, 'kieu_mau', SRC.june2021, KM2021('môi trường'), { recognitionYear: 2021 }),
  f('Đạ Tẻh', 'Quảng Trị', 2021, 'kieu_mau', SRC.june2021, KM2021('môi trường') + '; NTM nâng cao từ 2020', { recognitionYear: 2021 }),
  // Đạ Tẻh: nâng cao in 2020 (Quảng Trị is kiểu mẫu from 2021, above).
  f('Đạ Tẻh', 'Đạ Kho', 2021, 'nang_cao', SRC.daTeh2020, 'Công nhận NTM nâng cao năm 2020', { recognitionYear: 2020 }),
  f('Đạ Tẻh', 'An Nhơn', 2021, 'nang_cao', SRC.daTeh2020, 'Công nhận NTM nâng cao năm 2020', { recognitionYear: 2020 }),
  // Bảo Lâm, 11/2021: 11/13 NTM, Lộc An nâng cao; Lộc Bảo pending. (Lộc Bắc: see the generator's conflict note.)
  ...['Lộc Đức', 'Lộc Ngãi', 'Lộc Quảng', 'Lộc Lâm', 'Lộc Tân', 'Tân Lạc', 'Lộc Thành', 'Lộc Nam', "B' Lá", 'Lộc Phú'].map((c) =>
    f('Bảo Lâm', c, 2021, 'ntm', SRC.baoLam2021, 'Bảo Lâm 11/2021: 11/13 xã đạt chuẩn NTM'),
  ),
  f('Bảo Lâm', 'Lộc An', 2021, 'nang_cao', SRC.baoLam2021, 'Bảo Lâm 11/2021: Lộc An đạt chuẩn NTM nâng cao (NTM từ cuối năm 2014)'),
  f('Bảo Lâm', 'Lộc Bảo', 2021, 'chua_dat', SRC.baoLam2021, 'Bảo Lâm 11/2021: hồ sơ đề nghị công nhận năm 2021 đang chờ', { criteriaMet: 18 }),
  // Cát Tiên, 6/2022: 100% NTM; Đức Phổ nâng cao (kiểu mẫu since 2021); Gia Viễn kiểu mẫu về môi trường.
  f('Cát Tiên', 'Gia Viễn', 2022, 'kieu_mau', SRC.mic2022, 'Xã NTM kiểu mẫu về môi trường (nguồn 6/2022)'),
  f('Cát Tiên', 'Đức Phổ', 2022, 'kieu_mau', SRC.mic2022, 'Nguồn 6/2022: xã NTM nâng cao; kiểu mẫu về môi trường từ 16/6/2021'),
  ...['Tiên Hoàng', 'Phước Cát 2', 'Nam Ninh', 'Quảng Ngãi', 'Đồng Nai Thượng'].map((c) =>
    f('Cát Tiên', c, 2022, 'ntm', SRC.mic2022, 'Cát Tiên 6/2022: 100% xã đạt chuẩn NTM'),
  ),
  // Đam Rông, 5/2022: 4/8 NTM, Đạ Rsal nâng cao.
  f('Đam Rông', 'Đạ Rsal', 2022, 'nang_cao', SRC.damRong2022, 'Đam Rông 5/2022: đạt chuẩn NTM và NTM nâng cao'),
  ...['Rô Men', 'Phi Liêng', "Đạ K' Nàng"].map((c) => f('Đam Rông', c, 2022, 'ntm', SRC.damRong2022, 'Đam Rông 5/2022: 4/8 xã đạt chuẩn NTM')),
  // End of 2022 (the ~4/2023 report on 2021-2023, "after the 2022 round"; Đam Rông 5/2022 said
  // the same four were not yet NTM): the 4 remaining communes (Đam Rông) at 17/19.
  ...['Đạ Tông', "Đạ M' Rong", 'Liêng Srônh', 'Đạ Long'].map((c) =>
    f('Đam Rông', c, 2022, 'chua_dat', SRC.report2023, 'Báo cáo 2021-2023 (sau đợt 2022): 4 xã còn lại (Đam Rông) đạt 17/19 tiêu chí', { criteriaMet: 17 }),
  ),
  // End of 2023 (nongthonvaphattrien.vn): 109/111, so two of the four were recognised in 2023;
  // Lâm Đồng TV 2024 names them (6/8 NTM in Đam Rông; Liêng Srônh and Đạ Long still at 18/19).
  ...['Đạ Tông', "Đạ M' Rong"].map((c) => f('Đam Rông', c, 2023, 'ntm', SRC.end2023, 'Cuối năm 2023: 109/111 xã đạt chuẩn NTM; hai xã mới của Đam Rông (Lâm Đồng TV 2024: 6/8 xã)')),
  // 2024 (Lâm Đồng TV): 6/8 NTM; Liêng Srônh and Đạ Long at 18/19.
  ...['Đạ Tông', "Đạ M' Rong"].map((c) => f('Đam Rông', c, 2024, 'ntm', SRC.damRong2024, 'Đam Rông 2024: 6/8 xã đạt chuẩn NTM')),
  ...['Liêng Srônh', 'Đạ Long'].map((c) => f('Đam Rông', c, 2024, 'chua_dat', SRC.damRong2024, 'Đam Rông 2024: đạt 18/19 tiêu chí', { criteriaMet: 18 })),
];

/** First NTM recognition in 2014 (w3.lamdong.gov.vn, "Lâm Đồng có 21 xã…", DOMAIN.md §4.4). */
export const FIRST_RECOGNISED_2014: readonly [string, string][] = [
  ['Đức Trọng', 'Tân Hội'],
  ['Đà Lạt', 'Xuân Trường'],
  ['Đơn Dương', 'Quảng Lập'],
  ['Đơn Dương', 'Lạc Lâm'],
  ['Đà Lạt', 'Xuân Thọ'],
  ['Đà Lạt', 'Trạm Hành'],
  ['Đơn Dương', 'Ka Đơn'],
  ['Đơn Dương', 'Ka Đô'],
  ['Đơn Dương', 'Lạc Xuân'],
  ['Đức Trọng', 'Liên Hiệp'],
  ['Đức Trọng', 'Bình Thạnh'],
  ['Đức Trọng', 'Ninh Loan'],
  ['Lâm Hà', 'Gia Lâm'],
  ['Lâm Hà', 'Đông Thanh'],
  ['Bảo Lộc', 'Lộc Thanh'],
  ['Bảo Lộc', 'Lộc Châu'],
  ['Đạ Huoai', 'Đạ Oai'],
  ['Đạ Huoai', 'Hà Lâm'],
  ['Di Linh', 'Tân Châu'],
  ['Bảo Lâm', 'Lộc An'],
  // "Đam'ri" in the same list is ambiguous (xã Đạ M'ri, merged into TT Đạ M'ri in 2020, or xã Đạm Bri): not used.
];
export const SRC_2014 = 'w3.lamdong.gov.vn, bài "Lâm Đồng có 21 xã…"';

/** Đam Rông's roadmap (Báo Lâm Đồng 5/2022): nâng cao targets, used only as illustrative upgrades. */
export const DAM_RONG_ROADMAP_NANG_CAO: readonly [string, number][] = [
  ['Rô Men', 2023],
  ['Phi Liêng', 2023],
  ["Đạ K' Nàng", 2024],
];
