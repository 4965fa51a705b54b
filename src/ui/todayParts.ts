// Today's geography's lazily loaded UI (issue 13), one chunk: the unit panel, the table, the
// measure statement and the intro panel are fetched together the first time today's map shows.
export { TodayPanel } from './TodayPanel';
export { TodayTable } from './TodayTable';
export { TodayIntro, TodayMeasure } from './TodayMeasure';
import './today.css';
// Today's map's messages (src/i18n/parts/today.ts): they load with today's files, not the first view.
import '../i18n/parts/today';
