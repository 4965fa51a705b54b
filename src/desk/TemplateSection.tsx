// Step 1: the templates, built from the published dataset (every xã and year of it).
import { useState } from 'react';
import { saveBlob, saveText } from '../export/download';
import type { NtmDataset } from '../domain/types';
import { useDeskT } from './i18n';
import { tableSlots } from './slots';
import { laterTemplateCsv, templateCsv } from './tableCsv';
import { loadCodes } from './workerClient';
import { erasFromJson } from '../../scripts/lib/codeEras';
import { laterCatalogs } from '../../scripts/lib/eraColumns';
import { catalogsOf } from '../domain/catalogs';

export const TEMPLATE_XLSX = 'mau-ket-qua-ntm.xlsx';
export const TEMPLATE_CSV = 'mau-ket-qua-ntm.csv';

export function TemplateSection({ published }: { published: NtmDataset }) {
  const t = useDeskT();
  const [withValues, setWithValues] = useState(true);
  const slots = tableSlots(published);
  const xa = new Set(slots.map((s) => s.unit.gso)).size;
  // Issue 13: the 2026 template (today's units, the 2026–2030 columns) from data/codes.json.
  const later = laterCatalogs(catalogsOf(published))[0];
  const [laterFailed, setLaterFailed] = useState(false);
  const laterCsv = async () => {
    const codes = await loadCodes();
    const text = laterTemplateCsv(published, codes ? erasFromJson(codes) : null);
    setLaterFailed(text == null);
    if (text != null && later) saveText(text, `mau-ket-qua-ntm-${later.from}.csv`);
  };
  const xlsx = async () => {
    // The writer (and fflate) load on the first click.
    const { templateXlsx } = await import('./xlsx/template');
    const bytes = templateXlsx(published, withValues);
    saveBlob(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), TEMPLATE_XLSX);
  };
  return (
    <section className="desk-step" aria-labelledby="desk-template-title">
      <h2 id="desk-template-title">{t('desk.template.title')}</h2>
      <p>{t('desk.template.body', { rows: slots.length, xa, years: published.meta.years.length })}</p>
      <label className="check">
        <input type="checkbox" checked={withValues} onChange={(e) => setWithValues(e.target.checked)} />
        {t('desk.template.withValues')}
      </label>
      <div className="desk-actions">
        <button type="button" className="desk-button" onClick={() => void xlsx()}>
          {t('desk.template.xlsx')}
        </button>
        <button type="button" className="desk-button is-secondary" onClick={() => saveText(templateCsv(published, withValues), TEMPLATE_CSV)}>
          {t('desk.template.csv')}
        </button>
      </div>
      {later && (
        <>
          <p>{t('desk.template.later', { period: `${later.from}–${later.to}`, count: later.criteriaCount, year: later.from })}</p>
          <div className="desk-actions">
            <button type="button" className="desk-button is-secondary" onClick={() => void laterCsv()}>
              {t('desk.template.laterCsv', { year: later.from })}
            </button>
          </div>
          {laterFailed && <p role="alert" className="hint">{t('desk.template.laterFailed')}</p>}
        </>
      )}
    </section>
  );
}
