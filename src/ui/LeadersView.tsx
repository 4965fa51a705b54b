// The leaders' tab: districts side by side, the plan's 2025 targets and the change between two
// years, for the current year. With a district selected, targets and change can be scoped to it.
import { useId, useState } from 'react';
import { useLabels, useT } from '../i18n';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';
import { CriterionGrid } from './CriterionGrid';
import { DistrictComparison } from './DistrictComparison';
import { PrintButton, PrintFooter, PrintMapImage } from './PrintButton';
import { SourceLine } from './SourceLine';
import { TargetsPanel } from './TargetsPanel';
import { YearOverYear } from './YearOverYear';
import './leaders.css';
// Its messages load with the leaders' chunks, not with the first view (src/i18n/parts/leaders.ts).
import '../i18n/parts/leaders';

export function LeadersView() {
  const t = useT();
  const L = useLabels();
  const idx = useIndex();
  const year = useApp((s) => s.year);
  const selection = useApp((s) => s.selection);
  const [scopeChoice, setScopeChoice] = useState<'district' | 'province'>('district');
  const id = useId();
  if (!idx) return null;

  // A commune selection scopes to its district too: leaders reach a district through its communes.
  const selectedCode = selection?.kind === 'district'
    ? selection.code
    : selection?.kind === 'commune' ? idx.unit(selection.gso)?.districtCode ?? null : null;
  const district = selectedCode ? idx.district(selectedCode) : undefined;
  const scopeCode = district && scopeChoice === 'district' ? district.code : null;

  return (
    <div className="leaders-view" data-year={year}>
      <PrintMapImage alt={t('leaders.mapImage', { name: district ? L.districtName(district) : t('leaders.scopeProvince') })} />
      <div className="leaders-top">
        <div>
          <h2 className="leaders-title">{t('leaders.title')}</h2>
          <p className="hint">{t('leaders.intro', { year })}</p>
        </div>
        <PrintButton />
      </div>

      <CriterionGrid />
      <DistrictComparison />

      {district && (
        <fieldset className="control leaders-scope no-print">
          <legend>{t('leaders.scope')}</legend>
          <div className="segmented">
            <label className={scopeCode ? 'is-checked' : undefined}>
              <input type="radio" name={`${id}-scope`} checked={!!scopeCode} onChange={() => setScopeChoice('district')} />
              <span>{L.districtName(district)}</span>
            </label>
            <label className={!scopeCode ? 'is-checked' : undefined}>
              <input type="radio" name={`${id}-scope`} checked={!scopeCode} onChange={() => setScopeChoice('province')} />
              <span>{t('leaders.scopeProvince')}</span>
            </label>
          </div>
        </fieldset>
      )}

      <div className="leaders-grid">
        <TargetsPanel districtCode={scopeCode} />
        <YearOverYear districtCode={scopeCode} />
      </div>
      <SourceLine />
      <PrintFooter />
    </div>
  );
}
