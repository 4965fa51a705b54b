// One user choice is classified once: the map's picture, the legend, the text alternative, the
// PNG legend and the CSV export all read the same memoised view model.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { classificationPasses } from '../../../src/domain/classify';
import { mapViewModel } from '../../../src/domain/viewModel';
import { useApp } from '../../../src/state/store';
import { indexOf } from '../../../src/state/useIndex';
import { Legend } from '../../../src/ui/Legend';
import { MapDescription } from '../../../src/ui/MapDescription';
import { legendRows } from '../../../src/export/viewText';
import { districtRows, viewRows } from '../../../src/export/csv';
import { pictureOf } from '../../../src/map/picture';
import { resetStore } from '../../fixtures/app/store';

afterEach(cleanup);

/** What the map, the PNG and the CSV export read for the current choice. */
function readEveryView(): void {
  const s = useApp.getState();
  const idx = indexOf(s.data!);
  const v = { measure: s.measure, year: s.year, districtMode: s.districtMode, locale: s.locale, selection: s.selection, basemap: false };
  pictureOf(mapViewModel(idx, v));
  legendRows(idx, v);
  viewRows(idx, s.measure, s.year, 'vi');
  districtRows(idx, s.measure, s.year, 'vi');
}

describe('one measure change classifies the data once', () => {
  it('map picture, legend, text alternative, PNG legend and CSV all read one pass', () => {
    resetStore({ measure: 'status', year: 2025 });
    render(
      <div>
        <Legend />
        <MapDescription id="d" />
      </div>,
    );
    const view = readEveryView;
    view();
    const before = classificationPasses();
    act(() => useApp.getState().setMeasure('c13'));
    view();
    expect(classificationPasses() - before).toBe(1);
    // District mode on the same measure: no new pass at all.
    act(() => useApp.getState().setDistrictMode(true));
    view();
    expect(classificationPasses() - before).toBe(1);
  });
});
