// Issue 16: a row's source is shown as written. A cited document ("Báo cáo 45/BC-UBND…") appears
// as text, not replaced by the dataset's label nor badged "illustrative"; a web address is a link
// to its site; a year mixing sourced and illustrative rows says how many of each. The CSV carries
// the same text.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFixture } from '../../test/fixtures/app/ntm.fixture';
import { resetStore } from '../../test/fixtures/app/store';
import { buildIndex } from '../domain/dataIndex';
import { rowSource } from '../domain/sources';
import { viewRows } from '../export/csv';
import { SourceLine, sourceNotes } from './SourceLine';

afterEach(cleanup);
const REPORT = 'Báo cáo 45/BC-UBND ngày 10/3/2025';

function withSources() {
  const ds = makeFixture();
  const rows2025 = ds.attainment.filter((r) => r.year === 2025);
  rows2025[0]!.source = REPORT;
  rows2025[1]!.source = 'https://baolamdong.vn/bai-viet-1';
  resetStore({ data: ds, year: 2025 });
  return { ds, text: rows2025[0]!, url: rows2025[1]!, illustrative: rows2025[2]! };
}

describe('sources as written', () => {
  it('classifies a row source: web address, cited document, illustrative', () => {
    expect(rowSource({ source: REPORT })).toEqual({ kind: 'text', text: REPORT });
    expect(rowSource({ source: 'https://x.vn/a' })).toEqual({ kind: 'url', href: 'https://x.vn/a' });
    expect(rowSource({ source: 'javascript:alert(1)' })).toEqual({ kind: 'text', text: 'javascript:alert(1)' });
    expect(rowSource({ source: 'illustrative' })).toEqual({ kind: 'illustrative' });
  });

  it('a cited document shows as its text, with no "illustrative" badge', () => {
    const { text } = withSources();
    const { container } = render(<SourceLine row={text} />);
    expect(screen.getByText(REPORT)).toBeInTheDocument();
    expect(container.querySelector('.badge-illustrative')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).not.toContain('Số liệu minh họa');
  });

  it('a web address is a link to its site; an illustrative row keeps the badge', () => {
    const { url, illustrative } = withSources();
    render(<SourceLine row={url} />);
    expect(screen.getByRole('link', { name: 'baolamdong.vn' })).toHaveAttribute('href', 'https://baolamdong.vn/bai-viet-1');
    cleanup();
    const { container } = render(<SourceLine row={illustrative} />);
    expect(container.querySelector('.badge-illustrative')).not.toBeNull();
  });

  it('the view line counts sourced and illustrative rows of the year', () => {
    const { ds } = withSources();
    const xa2025 = ds.attainment.filter((r) => r.year === 2025).length;
    render(<SourceLine note />);
    expect(screen.getByText(`Năm 2025: 2 xã có nguồn, ${xa2025 - 2} xã số liệu minh họa`)).toBeInTheDocument();
  });

  it('the CSV of the view carries the cited document as written', () => {
    const { ds, text } = withSources();
    const rows = viewRows(buildIndex(ds), 'status', 2025, 'vi');
    const row = rows.find((r) => r[0] === text.gso)!;
    expect(row[12]).toBe(REPORT);
  });

  it('the PNG names the selected xã\'s source as written and the year\'s counts', () => {
    const { ds, text, illustrative } = withSources();
    const idx = buildIndex(ds);
    const n = ds.attainment.filter((r) => r.year === 2025).length;
    expect(sourceNotes(idx, { kind: 'commune', gso: text.gso }, 2025, 'vi')).toEqual([`Nguồn của xã: ${REPORT}`, `Năm 2025: 2 xã có nguồn, ${n - 2} xã số liệu minh họa`]);
    expect(sourceNotes(idx, { kind: 'commune', gso: illustrative.gso }, 2025, 'en')).toEqual([`2025: 2 xã with a source, ${n - 2} xã illustrative`]);
  });
});
