// One action to the data table (skip link, no-WebGL message): switch the view, then move focus to
// the table section, so keyboard and screen-reader users land on it.
import { flushSync } from 'react-dom';
import { useApp } from '../state/store';

export const DATA_TABLE_ID = 'data-table';

export function showTable(): void {
  // Render synchronously: a hidden section cannot take focus.
  flushSync(() => useApp.getState().setView('table'));
  const section = document.getElementById(DATA_TABLE_ID);
  section?.focus();
  section?.scrollIntoView({ block: 'start' });
}
