// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nameKey, normalizeCommuneName, normalizeDistrictName, normalizeName } from '../../../scripts/lib/normalize';

describe('normalizeName', () => {
  it('strips diacritics, đ/Đ and case', () => {
    expect(normalizeName('Đơn Dương')).toBe('don duong');
    expect(normalizeName('ĐẠ TẺH')).toBe('da teh');
    expect(normalizeName('Xuân Thọ')).toBe('xuan tho');
  });
  it('treats apostrophes and spaces alike', () => {
    const forms = ["Đạ M' Rong", "Đạ M'Rong", 'da m rong', 'Đạ M’Rông', '  Đạ  M`Rong ', 'ĐẠ M ʼ RONG'];
    for (const f of forms) expect(normalizeName(f)).toBe('da m rong');
  });
  it('is unchanged by Unicode composition form', () => {
    expect(normalizeName('Ka Đô'.normalize('NFD'))).toBe(normalizeName('Ka Đô'.normalize('NFC')));
  });
  it('drops type prefixes for communes and districts', () => {
    expect(normalizeCommuneName('Xã Ka Đô')).toBe('ka do');
    expect(normalizeCommuneName('Phường 7')).toBe('7');
    expect(normalizeCommuneName('Thị trấn Đạ Tẻh')).toBe('da teh');
    expect(normalizeDistrictName('TP. Đà Lạt')).toBe('da lat');
    expect(normalizeDistrictName('Thành phố Bảo Lộc')).toBe('bao loc');
    expect(normalizeDistrictName('Huyện Đam Rông')).toBe('dam rong');
    expect(normalizeDistrictName('H. Đơn Dương')).toBe('don duong');
  });
  it('builds one key for all spellings of a commune', () => {
    expect(nameKey('Huyện Đam Rông', "Xã Đạ M'Rong")).toBe(nameKey('dam rong', 'da m rong'));
  });
});
