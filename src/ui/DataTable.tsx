import { useId, useMemo } from 'react';
import { criteriaMetRange, NO_DATA } from '../domain/classify';
import { mapViewModel } from '../domain/viewModel';
import { formatPercent, useLabels, useT } from '../i18n';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';
import { compareValues, SortHeader, useSort } from './common';
import './table.css';
import '../i18n/parts/table'; // its messages load with this chunk, not with the first view

type UnitCol = 'name' | 'district' | 'type' | 'class' | 'criteria' | 'status';
type DistrictCol = 'name' | 'total' | 'met' | 'notMet' | 'noData' | 'share';

/** Every unit for the current measure and year (the accessible route to every value), plus a
 *  district table in district mode. Names are buttons that select the unit. */
export function DataTable() {
  const t = useT();
  const L = useLabels();
  const idx = useIndex();
  const measure = useApp((s) => s.measure);
  const year = useApp((s) => s.year);
  const districtMode = useApp((s) => s.districtMode);
  const select = useApp((s) => s.select);
  const unitSort = useSort<UnitCol>();
  const districtSort = useSort<DistrictCol>();
  const captionId = useId();

  const unitRows = useMemo(() => {
    if (!idx) return [];
    // Classes and their legend order from the view model (the map's and the legend's).
    const vm = mapViewModel(idx, { measure, year, districtMode: false });
    const status = mapViewModel(idx, { measure: 'status', year, districtMode: false });
    const order = new Map(vm.legend.rows.map((c, i) => [c.key, i]));
    const statusOrder = new Map(status.legend.rows.map((c, i) => [c.key, i]));
    // Default order (no column sorted): districts in dataset order, xã first, then by name.
    const districtOrder = new Map(idx.districts.map((d, i) => [d.code, i]));
    const units = [...idx.units].sort((a, b) =>
      (districtOrder.get(a.districtCode) ?? 99) - (districtOrder.get(b.districtCode) ?? 99)
      || Number(a.type !== 'xa') - Number(b.type !== 'xa')
      || a.name.localeCompare(b.name, 'vi', { numeric: true }));
    return units.map((u) => {
      const d = idx.district(u.districtCode);
      const row = u.type === 'xa' ? idx.row(u.gso, year) : undefined;
      const cls = vm.units.get(u.gso)?.key ?? NO_DATA;
      const statusKey = status.units.get(u.gso)?.key ?? NO_DATA;
      const range = row ? criteriaMetRange(row) : null;
      return {
        gso: u.gso,
        name: L.unitName(u),
        district: d ? L.districtName(d) : '',
        type: L.unitTypeLabel(u.type),
        cls,
        classLabel: L.classLabel(measure, cls),
        classOrder: order.get(cls) ?? 99,
        criteria: range,
        statusKey,
        statusLabel: L.classLabel('status', statusKey),
        statusOrder: statusOrder.get(statusKey) ?? 99,
      };
    });
  }, [idx, measure, year, L]);

  const sortedUnits = useMemo(() => {
    const { key, dir } = unitSort.sort;
    if (!key) return unitRows;
    const val = (r: (typeof unitRows)[number]): string | number | null => {
      switch (key) {
        case 'name': return r.name;
        case 'district': return r.district;
        case 'type': return r.type;
        case 'class': return r.classOrder;
        case 'criteria': return r.criteria ? r.criteria.min : null;
        case 'status': return r.statusOrder;
      }
    };
    // Stable: ties keep dataset order (then by name for readability).
    return [...unitRows].sort((a, b) => compareValues(val(a), val(b), dir) || compareValues(a.name, b.name, 'ascending'));
  }, [unitRows, unitSort.sort]);

  const districtRows = useMemo(() => {
    if (!idx || !districtMode) return [];
    const vm = mapViewModel(idx, { measure, year, districtMode: true });
    return idx.districts.map((d) => ({ ...vm.districts.get(d.code)!.share, name: L.districtName(d) }));
  }, [idx, districtMode, measure, year, L]);

  const sortedDistricts = useMemo(() => {
    const { key, dir } = districtSort.sort;
    if (!key) return districtRows;
    const val = (r: (typeof districtRows)[number]): string | number | null =>
      key === 'name' ? r.name : key === 'total' ? r.total : key === 'met' ? r.met : key === 'notMet' ? r.notMet : key === 'noData' ? r.noData : r.share;
    return [...districtRows].sort((a, b) => compareValues(val(a), val(b), dir) || compareValues(a.name, b.name, 'ascending'));
  }, [districtRows, districtSort.sort]);

  if (!idx) return null;
  const measureText = L.measureLabel(measure, idx.ds.criteriaSets);

  return (
    <div className="data-table">
      {districtMode && (
        <div className="table-scroll" role="region" aria-labelledby={`${captionId}-d`} tabIndex={0}>
          <table>
            <caption id={`${captionId}-d`}>{t('table.districtCaption', { measure: measureText, year })}</caption>
            <thead>
              <tr>
                <SortHeader col="name" label={t('table.district')} sort={districtSort.sort} onSort={districtSort.toggle} />
                <SortHeader col="total" label={t('table.xaTotal')} sort={districtSort.sort} onSort={districtSort.toggle} />
                <SortHeader col="met" label={t('table.met')} sort={districtSort.sort} onSort={districtSort.toggle} />
                <SortHeader col="notMet" label={t('table.notMet')} sort={districtSort.sort} onSort={districtSort.toggle} />
                <SortHeader col="noData" label={t('table.noData')} sort={districtSort.sort} onSort={districtSort.toggle} />
                <SortHeader col="share" label={t('table.share')} sort={districtSort.sort} onSort={districtSort.toggle} />
              </tr>
            </thead>
            <tbody>
              {sortedDistricts.map((r) => (
                <tr key={r.code}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => select({ kind: 'district', code: r.code })}>
                      {r.name}
                    </button>
                  </th>
                  <td className="num">{r.total}</td>
                  <td className="num">{r.met}</td>
                  <td className="num">{r.notMet}</td>
                  <td className="num">{r.noData}</td>
                  <td className="num">
                    {r.total === 0 ? t('class.districtNoXa') : r.share === null ? t('class.no_data') : formatPercent(r.share, L.locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table>
          <caption id={captionId}>{t('table.caption', { measure: measureText, year })}</caption>
          <thead>
            <tr>
              <SortHeader col="name" label={t('table.commune')} sort={unitSort.sort} onSort={unitSort.toggle} />
              <SortHeader col="district" label={t('table.district')} sort={unitSort.sort} onSort={unitSort.toggle} />
              <SortHeader col="type" label={t('table.type')} sort={unitSort.sort} onSort={unitSort.toggle} />
              <SortHeader col="class" label={t('table.class')} sort={unitSort.sort} onSort={unitSort.toggle} />
              <SortHeader col="criteria" label={t('table.criteria')} sort={unitSort.sort} onSort={unitSort.toggle} />
              <SortHeader col="status" label={t('table.status')} sort={unitSort.sort} onSort={unitSort.toggle} />
            </tr>
          </thead>
          <tbody>
            {sortedUnits.map((r) => (
              <tr key={r.gso} data-gso={r.gso} data-class={r.cls}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => select({ kind: 'commune', gso: r.gso })}>
                    {r.name}
                  </button>
                </th>
                <td>{r.district}</td>
                <td>{r.type}</td>
                <td>{r.classLabel}</td>
                <td className="num">
                  {r.criteria
                    ? r.criteria.unknown
                      ? t('table.criteriaValueUnknown', { met: r.criteria.min, unknown: r.criteria.unknown })
                      : t('table.criteriaValue', { met: r.criteria.min })
                    : t('common.none')}
                </td>
                <td>{r.statusLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
