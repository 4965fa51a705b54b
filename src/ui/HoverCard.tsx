import { NO_DATA } from '../domain/classify';
import { mapViewModel } from '../domain/viewModel';
import { formatPercent, useLabels, useT } from '../i18n';
import { useApp, type Selection } from '../state/store';
import { useIndex } from '../state/useIndex';
import { useToday } from '../state/todayStore';

/** Short tooltip text for a commune or district (the map positions it). */
export function HoverCard({ selection }: { selection: Selection }) {
  const t = useT();
  const L = useLabels();
  const idx = useIndex();
  const measure = useApp((s) => s.measure);
  const year = useApp((s) => s.year);
  const today = useToday((s) => s.today);
  if (!idx || !selection) return null;
  if (selection.kind === 'today') {
    const u = today?.unit(selection.code);
    if (!today || !u) return null;
    const vm = mapViewModel(idx, { measure, year, districtMode: false }, today);
    return (
      <div className="hover-card">
        <strong className="hover-name">{u.fullName}</strong>
        <span className="hover-context">{t(`today.province.${u.formerProvince}`)}</span>
        <span className="hover-class">{L.classLabel(measure, vm.units.get(u.code)?.key ?? NO_DATA)}</span>
      </div>
    );
  }
  const vm = mapViewModel(idx, { measure, year, districtMode: selection.kind === 'district' });

  if (selection.kind === 'commune') {
    const u = idx.unit(selection.gso);
    if (!u) return null;
    const d = idx.district(u.districtCode);
    return (
      <div className="hover-card">
        <strong className="hover-name">{L.unitName(u)}</strong>
        {d && <span className="hover-context">{L.districtName(d)}</span>}
        <span className="hover-class">{L.classLabel(measure, vm.units.get(u.gso)?.key ?? NO_DATA)}</span>
      </div>
    );
  }

  const d = idx.district(selection.code);
  if (!d) return null;
  const s = vm.districts.get(d.code)!.share;
  const known = s.met + s.notMet;
  return (
    <div className="hover-card">
      <strong className="hover-name">{L.districtName(d)}</strong>
      <span className="hover-class">
        {s.total === 0
          ? t('detail.shareNoXa')
          : s.share === null
            ? t('detail.shareNoData', { year })
            : t('detail.shareValue', { met: s.met, known, pct: formatPercent(s.share, L.locale) })}
      </span>
    </div>
  );
}
