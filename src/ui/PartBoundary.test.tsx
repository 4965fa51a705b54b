// Issue 17: a lazily loaded part whose chunk fails shows what failed, in the reader's language, with
// retry and reload; the rest of the page keeps rendering; a retry loads the chunk again.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi as vitest } from 'vitest';
import { resetStore } from '../../test/fixtures/app/store';
import { useApp } from '../state/store';
import { useLocaleFailure } from '../i18n';
import { LanguageToggle } from './LanguageToggle';
import { PartBoundary } from './PartBoundary';
import { isChunkLoadError, lazyPart } from './lazyPart';

const CHUNK_ERROR = 'Failed to fetch dynamically imported module: http://x/assets/DataTable-abc.js';

afterEach(cleanup);
beforeEach(() => {
  resetStore();
  // React logs caught errors: keep the test output readable.
  vitest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vitest.restoreAllMocks());

/** A part whose loader fails until `ok` is set. */
function flakyPart() {
  const state = { ok: false, calls: 0 };
  const Part = lazyPart<{ label: string }>(async () => {
    state.calls++;
    if (!state.ok) throw new TypeError(CHUNK_ERROR);
    return ({ label }: { label: string }) => <p>{label}</p>;
  });
  return { Part, state };
}

function Page({ Part }: { Part: ReturnType<typeof flakyPart>['Part'] }) {
  return (
    <>
      <p>the rest of the page</p>
      <PartBoundary part="table" onRetry={Part.retry}>
        <Suspense fallback={<p>loading</p>}>
          <Part label="the table" />
        </Suspense>
      </PartBoundary>
    </>
  );
}

describe('PartBoundary', () => {
  it('a chunk that fails to load names the part, offers retry and reload; the rest stays', async () => {
    const { Part } = flakyPart();
    render(<Page Part={Part} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được bảng số liệu');
    expect(alert).toHaveTextContent('mạng có thể vừa bị ngắt, hoặc trang vừa được cập nhật');
    expect(alert).toHaveTextContent('Các phần khác của trang vẫn dùng được bình thường.');
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải lại trang' })).toBeInTheDocument();
    // No raw exception text for the reader.
    expect(alert.textContent).not.toContain('Failed to fetch');
    expect(screen.getByText('the rest of the page')).toBeInTheDocument();
  });

  it('"Retry" loads the chunk again (React.lazy alone would keep the failure)', async () => {
    const { Part, state } = flakyPart();
    render(<Page Part={Part} />);
    await screen.findByRole('alert');
    const before = state.calls;
    state.ok = true;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    });
    expect(await screen.findByText('the table')).toBeInTheDocument();
    expect(state.calls).toBeGreaterThan(before);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('in English when the reader chose English; offline says so', async () => {
    resetStore({ locale: 'en' });
    const online = vitest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { Part } = flakyPart();
    render(<Page Part={Part} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data table could not be loaded');
    expect(alert).toHaveTextContent('This device is offline.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    online.mockRestore();
  });

  it('the whole app: reload and the published CSV, no retry', async () => {
    function Broken(): never {
      throw new Error('render bug');
    }
    render(
      <PartBoundary part="app">
        <Broken />
      </PartBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Trang gặp lỗi và không hiển thị được');
    expect(alert).toHaveTextContent('Đã xảy ra lỗi khi hiển thị phần này.');
    expect(screen.queryByRole('button', { name: 'Thử lại' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Tải bảng số liệu (CSV)' })).toHaveAttribute('href', 'data/ban-do-ntm-lam-dong-bang-so-lieu-day-du.csv');
  });

  it('tells chunk load failures of Chromium, Firefox, Safari and Vite from other errors', () => {
    for (const m of [CHUNK_ERROR, 'error loading dynamically imported module: x', 'Importing a module script failed.', 'Unable to preload CSS for /assets/x.css']) {
      expect(isChunkLoadError(new TypeError(m))).toBe(true);
    }
    expect(isChunkLoadError(new Error('blank map'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });
});

describe('LanguageToggle when English could not load', () => {
  afterEach(() => useLocaleFailure.setState({ failed: null }));

  it('says so in Vietnamese and English, and "Retry" asks for English again', () => {
    resetStore({ locale: 'vi' });
    useLocaleFailure.setState({ failed: 'en' });
    render(<LanguageToggle />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Không tải được giao diện tiếng Anh');
    expect(alert).toHaveTextContent('English could not be loaded');
    expect(screen.getByRole('button', { name: /VI/ })).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(useApp.getState().locale).toBe('en');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
