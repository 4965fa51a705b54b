// Step 4: the public data file(s) to put on the web server, byte for byte what the build writes
// for the same table and second (src/desk/publish.ts), the normalised CSV to keep in data/, and the
// steps (docs/DEPLOY.md has the full guide).
import { useMemo, useState } from 'react';
import { saveText } from '../export/download';
import { DATA_URLS } from '../data/urls';
import type { NtmDataset } from '../domain/types';
import { usePublishable } from './deskStore';
import { useDeskT } from './i18n';
import { csvNameFor, deskNtmJson, publicationDate, rebuildCommand } from './publish';
import { tableCsv } from './tableCsv';
import { loadCodes } from './workerClient';
import { erasFromJson } from '../../scripts/lib/codeEras';

/** "2026-03-10T15:30:15" in local time, for <input type="datetime-local" step="1">. */
function localInput(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

export function PublishSection({ published }: { published: NtmDataset }) {
  const t = useDeskT();
  const result = usePublishable();
  const [when, setWhen] = useState(() => localInput(new Date()));
  const date = useMemo(() => {
    const d = new Date(when);
    return publicationDate(Number.isNaN(d.getTime()) ? new Date() : d);
  }, [when]);
  if (!result) {
    return (
      <section className="desk-step" aria-labelledby="desk-publish-title">
        <h2 id="desk-publish-title">{t('desk.publish.title')}</h2>
        <p className="hint">{t('desk.publish.needCheck')}</p>
      </section>
    );
  }
  const csvName = csvNameFor(result.file);
  const illustrative = result.rows.filter((r) => r.source === 'illustrative').length;
  // A table with 2026 rows names today's units: their names come from data/codes.json.
  const csv = async () => {
    const codes = await loadCodes();
    saveText(tableCsv(result.rows, published, codes ? erasFromJson(codes) : null), csvName);
  };
  const geo = async () => {
    // geo.json as the server has it, unchanged by a table.
    const res = await fetch(DATA_URLS.geo, { cache: 'no-cache' });
    saveText(await res.text(), 'geo.json', 'application/json');
  };
  return (
    <section className="desk-step" aria-labelledby="desk-publish-title">
      <h2 id="desk-publish-title">{t('desk.publish.title')}</h2>
      <p>{t('desk.publish.body')}</p>
      {illustrative > 0 && <p className="hint">{t('desk.publish.illustrative', { n: illustrative })}</p>}
      <label className="desk-field">
        {t('desk.publish.date')}
        <input type="datetime-local" step="1" value={when} onChange={(e) => setWhen(e.target.value)} name="published-at" />
        <span className="hint">{date.toISOString()}</span>
      </label>
      <div className="desk-actions">
        <button type="button" className="desk-button" onClick={() => saveText(deskNtmJson(published, result.rows, csvName, date), 'ntm.json', 'application/json')}>
          {t('desk.publish.ntm')}
        </button>
        <button type="button" className="desk-button is-secondary" onClick={() => void csv()}>
          {t('desk.publish.csv', { name: csvName })}
        </button>
        <button type="button" className="desk-button is-secondary" onClick={() => void geo()}>
          {t('desk.publish.geo')}
        </button>
      </div>
      <h3>{t('desk.publish.steps')}</h3>
      <ol className="desk-guide">
        <li>{t('desk.publish.step1')}</li>
        <li>{t('desk.publish.step2')}</li>
        <li>{t('desk.publish.step3')}</li>
        <li>
          {t('desk.publish.step4')} <code className="desk-command">{rebuildCommand(csvName, date)}</code>
        </li>
      </ol>
    </section>
  );
}
