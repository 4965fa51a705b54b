// The table of today's map (issue 13): the 124 units with the roll-up of the year, from the same
// view model as the map and legend. Names are buttons that select the unit.
import { useId } from 'react';
import { rollupLegendClasses } from '../domain/rollup';
import { useLabels, useT } from '../i18n';
import { useApp } from '../state/store';
import { useViewModel } from '../state/useViewModel';
import { useToday } from '../state/todayStore';
import { TodaySources } from './TodayPanel';
import './table.css';
import '../i18n/parts/today'; // today's messages load with today's parts

export function TodayTable() {
  const t = useT();
  const L = useLabels();
  const vm = useViewModel();
  const today = useToday((s) => s.today);
  const year = useApp((s) => s.year);
  const captionId = useId();
  if (!vm?.rollups || !today) return <p role="status">{t('geo.loading')}</p>;
  const order = new Map(rollupLegendClasses().map((c, i) => [c.key, i]));
  const units = [...today.units].sort((a, b) => (order.get(vm.units.get(a.code)!.key) ?? 9) - (order.get(vm.units.get(b.code)!.key) ?? 9) || a.name.localeCompare(b.name, 'vi', { numeric: true }));
  return (
    <div className="data-table today-table">
      <table aria-labelledby={captionId}>
        <caption id={captionId}>{t('legend.title', { measure: t('today.measure'), year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('today.col.name')}</th>
            <th scope="col">{t('today.col.province')}</th>
            <th scope="col">{t('table.class')}</th>
            <th scope="col">{t('today.col.ntm')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => {
            const r = vm.rollups!.get(u.code)!;
            return (
              <tr key={u.code} data-code={u.code} data-class={r.cls}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => useApp.getState().select({ kind: 'today', code: u.code })}>{u.fullName}</button>
                </th>
                <td>{t(`today.province.${u.formerProvince}`)}</td>
                <td>{L.classLabel('status', r.cls)}</td>
                <td>{r.formerXa && r.withData ? `${r.ntmOrHigher}/${r.formerXa}` : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <TodaySources today={today} />
    </div>
  );
}
