import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { resetStore } from '../../test/fixtures/app/store';
import { ExportBar } from './ExportBar';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  resetStore({ measure: 'c8', year: 2023, selection: { kind: 'commune', gso: '24943' } });
});
afterEach(cleanup);

describe('ExportBar and ShareDialog', () => {
  it('offers share, PNG and CSV buttons with Vietnamese labels', () => {
    render(<ExportBar />);
    for (const name of ['Chia sẻ, nhúng', 'Tải ảnh PNG', 'Tải số liệu CSV', 'Tải toàn bộ bảng số liệu (CSV)']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('the dialog shows the permalink and an escaped iframe + script snippet in read-only fields', async () => {
    render(<ExportBar />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Chia sẻ, nhúng' }));
    });
    // The dialog is its own chunk, loaded on the first click.
    const link = (await screen.findByLabelText('Liên kết')) as HTMLInputElement;
    const code = screen.getByLabelText('Mã nhúng') as HTMLTextAreaElement;
    expect(link.readOnly).toBe(true);
    expect(code.readOnly).toBe(true);
    await waitFor(() => expect(link.value).toBe(`${window.location.origin}/?v=2&measure=c8&year=2023&commune=24943&geo=2020`));
    // Issue 17: the embed's own page (a server may let any site frame it, not the full app).
    expect(code.value).toContain(`src="${window.location.origin}/embed.html?v=2&amp;measure=c8&amp;year=2023&amp;commune=24943&amp;geo=2020&amp;embed=1"`);
    expect(code.value).toContain('loading="lazy"');
    expect(code.value).toContain(`<script src="${window.location.origin}/embed.js" async></script>`);
    expect(code.value).toMatch(/title="Tiêu chí 8: Thông tin và Truyền thông, năm 2023 — Bản đồ số Nông thôn mới tỉnh Lâm Đồng"/);
    // Nothing from the URL or data became markup.
    expect(document.querySelector('.share-dialog iframe')).toBeNull();
  });
});
