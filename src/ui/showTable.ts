// One action to the data table (skip link, no-WebGL message): switch the view, then move focus to
// the table section once it is shown, so keyboard and screen-reader users land on it.
import { useApp } from '../state/store';

export const DATA_TABLE_ID = 'data-table';

export function showTable(): void {
  useApp.getState().setView('table');
  const focus = () => document.getElementById(DATA_TABLE_ID)?.focus();
  // After React has rendered the section visible (a hidden element cannot take focus).
  requestAnimationFrame(() => requestAnimationFrame(focus));
}
