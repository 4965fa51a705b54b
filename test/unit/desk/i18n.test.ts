// The desk's strings: the same keys and placeholders in both languages, none empty, diacritics kept.
import { describe, expect, it } from 'vitest';
import { DESK_EN, DESK_VI, type DeskKey } from '../../../src/desk/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('desk i18n', () => {
  it('vi and en have the same keys and placeholders, none empty', () => {
    expect(Object.keys(DESK_EN).sort()).toEqual(Object.keys(DESK_VI).sort());
    for (const k of Object.keys(DESK_VI) as DeskKey[]) {
      expect(placeholders(DESK_EN[k]), k).toEqual(placeholders(DESK_VI[k]));
      expect(DESK_VI[k].trim(), k).not.toBe('');
      expect(DESK_EN[k].trim(), k).not.toBe('');
    }
  });
  it('is Vietnamese first, with diacritics', () => {
    expect(DESK_VI['desk.title']).toBe('Bàn dữ liệu Nông thôn mới');
    expect(DESK_VI['desk.private']).toContain('không rời khỏi máy tính');
  });
});
