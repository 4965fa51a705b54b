// Step 2: choose or drop a file; the worker checks it with a progress bar; errors and warnings
// are listed by sheet, row and column with the reason in words, the likely cause first, grouped by
// kind and counted, each opening the row as the file has it. Everything from the file is shown as
// text (React text nodes), never as HTML.
import { useId, useRef, useState } from 'react';
import { causeOf, countByKind, kindOf, type Issue, type KindCount } from '../../scripts/lib/issues';
import { useLocale } from '../i18n';
import { MAX_LINES, type CheckResult } from './checkFile';
import { useDesk } from './deskStore';
import { useDeskT, type DeskT } from './i18n';
import { checkInWorker } from './workerClient';

/** Issues listed per kind before "… and N more". */
const SHOWN_PER_KIND = 50;

export async function checkSelectedFile(file: File): Promise<void> {
  const desk = useDesk.getState();
  if (desk.published.kind !== 'ready') return;
  desk.setCheck({ kind: 'running', name: file.name, progress: null });
  // User Timing for bench/desk.ts: from the file chosen to its result on screen.
  performance.mark('desk-check-start');
  try {
    const bytes = await file.arrayBuffer();
    const { result, ms } = await checkInWorker({ bytes, name: file.name }, desk.published.dataset, (progress) => {
      const c = useDesk.getState().check;
      if (c.kind === 'running' && c.name === file.name) useDesk.setState({ check: { ...c, progress } });
    });
    performance.mark('desk-check-done');
    useDesk.getState().setCheck({ kind: 'done', result, ms });
    // After the frame that shows the result: the driver and the benchmark wait for this.
    requestAnimationFrame(() => {
      performance.measure('desk-check', 'desk-check-start');
      const root = document.documentElement.dataset;
      root.deskCheckMs = String(Math.round(ms));
      root.deskChecked = String(Date.now());
    });
  } catch (e) {
    if ((e as Error).message === 'cancelled') return;
    useDesk.getState().setCheck({ kind: 'failed', name: file.name, message: (e as Error).message });
  }
}

function where(t: DeskT, r: CheckResult, i: Issue): string {
  if (i.line == null) return t('desk.check.wholeFile');
  const parts: string[] = [];
  if (r.sheet) parts.push(t('desk.check.sheet', { sheet: r.sheet }));
  parts.push(t(r.kind === 'xlsx' ? 'desk.check.row' : 'desk.check.line', { line: i.line }));
  const letter = i.field ? r.columns[i.field] : undefined;
  if (letter) parts.push(t('desk.check.column', { column: `${letter} (${i.field})` }));
  else if (i.field) parts.push(t('desk.check.column', { column: i.field }));
  return parts.join(', ');
}

function IssueItem({ r, i }: { r: CheckResult; i: Issue }) {
  const t = useDeskT();
  const locale = useLocale();
  const openRow = useDesk((s) => s.openRow);
  return (
    <li className={`desk-issue is-${i.level}`} data-line={i.line ?? ''} data-field={i.field ?? ''}>
      <span className="desk-issue-where">{where(t, r, i)}</span>{' '}
      <span className="desk-issue-text">{locale === 'en' ? i.en : i.vi}</span>
      {i.line != null && (
        <button type="button" className="link-button desk-open-row" onClick={() => openRow(i.line)}>
          {t('desk.check.open')}
        </button>
      )}
    </li>
  );
}

function KindGroup({ r, k, issues }: { r: CheckResult; k: KindCount; issues: Issue[] }) {
  const t = useDeskT();
  const locale = useLocale();
  const shown = issues.slice(0, SHOWN_PER_KIND);
  return (
    <details className={`desk-group is-${k.level}`} open={issues.length <= 5} data-kind-count={k.count}>
      <summary>
        <strong>{t('desk.check.group', { count: k.count, field: k.field ?? t('desk.check.wholeFile') })}</strong>{' '}
        {locale === 'en' ? k.first.en : k.first.vi}
      </summary>
      <ul>
        {shown.map((i, n) => (
          <IssueItem key={n} r={r} i={i} />
        ))}
      </ul>
      {issues.length > shown.length && <p className="hint">{t('desk.check.more', { n: issues.length - shown.length, shown: shown.length })}</p>}
    </details>
  );
}

function Issues({ r, level }: { r: CheckResult; level: 'error' | 'warning' }) {
  const t = useDeskT();
  const list = r.issues.filter((i) => i.level === level);
  if (list.length === 0) return null;
  const kinds = countByKind(list);
  const groups = new Map<string, Issue[]>();
  for (const i of list) {
    const k = kindOf(i);
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  }
  return (
    <section className={`desk-issues is-${level}`} aria-label={t(level === 'error' ? 'desk.check.errors' : 'desk.check.warnings')}>
      <h4>
        {t(level === 'error' ? 'desk.check.errors' : 'desk.check.warnings')} ({list.length})
      </h4>
      {kinds.map((k) => (
        <KindGroup key={k.kind} r={r} k={k} issues={groups.get(k.kind) ?? []} />
      ))}
    </section>
  );
}

function RowViewer({ r }: { r: CheckResult }) {
  const t = useDeskT();
  const line = useDesk((s) => s.openLine);
  const openRow = useDesk((s) => s.openRow);
  const titleId = useId();
  if (line == null) return null;
  const cells = r.lines[line];
  const fields = new Set(r.issues.filter((i) => i.line === line).map((i) => i.field));
  return (
    <section className="desk-row" aria-labelledby={titleId} data-open-line={line}>
      <div className="panel-head">
        <h4 id={titleId} tabIndex={-1} ref={(el) => el?.focus()}>
          {t('desk.check.rowTitle', { line })}
          {r.sheet ? ` · ${t('desk.check.sheet', { sheet: r.sheet })}` : ''}
        </h4>
        <button type="button" className="close-button" onClick={() => openRow(null)} aria-label={t('desk.check.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {cells ? (
        // Focusable: a keyboard user can scroll the row's cells (WCAG 2.1.1).
        <div className="desk-row-scroll" tabIndex={0} role="region" aria-labelledby={titleId}>
          <table className="desk-row-table">
            <thead>
              <tr>
                <th scope="col">{t('desk.check.rowColumn')}</th>
                <th scope="col">{t('desk.check.rowValue')}</th>
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: Math.max(cells.length, r.header.length) }, (_, c) => {
                const name = r.header[c] ?? '';
                const letter = r.columns[name.trim().toLowerCase()];
                const bad = fields.has(name.trim()) || fields.has(name.trim().toLowerCase());
                return (
                  <tr key={c} className={bad ? 'is-bad' : undefined}>
                    <th scope="row">{letter ? `${letter} · ${name}` : name || `#${c + 1}`}</th>
                    <td>{c < cells.length ? cells[c] || <span className="hint">{t('desk.check.rowEmpty')}</span> : <span className="hint">—</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="hint">{t('desk.check.rowUnavailable', { n: MAX_LINES })}</p>
      )}
    </section>
  );
}

function Result({ r, ms }: { r: CheckResult; ms: number }) {
  const t = useDeskT();
  const locale = useLocale();
  const errors = r.issues.filter((i) => i.level === 'error').length;
  const warnings = r.issues.length - errors;
  const causes = r.issues.filter((i) => causeOf(i) && i.level === 'error');
  return (
    <div className="desk-result" data-errors={errors} data-warnings={warnings} data-rows={r.rows.length}>
      <p className="desk-file">
        {t('desk.check.file', { file: r.file })}
        {r.sheet ? ` · ${t('desk.check.sheet', { sheet: r.sheet })}` : ''}
      </p>
      <p className="desk-summary" role="status">
        {t('desk.check.summary', { rows: r.rowCount, valid: r.rows.length, errors, warnings, seconds: (ms / 1000).toLocaleString(locale, { maximumFractionDigits: 2 }) })}
      </p>
      <p className={errors ? 'desk-verdict is-error' : 'desk-verdict is-ok'}>{t(errors ? 'desk.check.hasErrors' : 'desk.check.ok')}</p>
      {causes.length > 0 && (
        <div className="desk-cause" role="alert">
          <h4>{t('desk.check.cause')}</h4>
          <ul>
            {causes.map((i, n) => (
              <li key={n}>{locale === 'en' ? i.en : i.vi}</li>
            ))}
          </ul>
        </div>
      )}
      <RowViewer r={r} />
      <Issues r={r} level="error" />
      <Issues r={r} level="warning" />
    </div>
  );
}

export function CheckSection() {
  const t = useDeskT();
  const check = useDesk((s) => s.check);
  const inputRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const inputId = useId();
  const take = (files: FileList | null) => {
    const f = files?.[0];
    if (f) void checkSelectedFile(f);
  };
  const progress = check.kind === 'running' ? check.progress : null;
  return (
    <section className="desk-step" aria-labelledby="desk-check-title">
      <h2 id="desk-check-title">{t('desk.check.title')}</h2>
      <p>{t('desk.check.body')}</p>
      <div
        className={over ? 'desk-drop is-over' : 'desk-drop'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          take(e.dataTransfer.files);
        }}
      >
        <label htmlFor={inputId} className="desk-button">
          {t('desk.check.choose')}
        </label>
        <input
          id={inputId}
          ref={inputRef}
          className="desk-file-input"
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            take(e.target.files);
            e.target.value = '';
          }}
        />
        <span className="hint">{t('desk.check.drop')}</span>
      </div>
      {check.kind === 'running' && (
        <div className="desk-progress">
          <progress
            aria-label={t('desk.check.progress')}
            max={progress?.phase === 'check' ? progress.total || 1 : 1}
            value={progress?.phase === 'check' ? progress.done : undefined}
          />
          <span role="status">
            {progress?.phase === 'check' ? t('desk.check.checking', { done: progress.done, total: progress.total }) : t('desk.check.reading')}
          </span>
        </div>
      )}
      {check.kind === 'failed' && (
        <p className="desk-verdict is-error" role="alert">
          {t('desk.check.failed', { message: check.message })}
        </p>
      )}
      {check.kind === 'done' && <Result r={check.result} ms={check.ms} />}
    </section>
  );
}
