// Public UI components (the map canvas lives in src/map).
export { Header } from './Header';
export { LanguageToggle } from './LanguageToggle';
export { MeasurePicker } from './MeasurePicker';
export { YearControl } from './YearControl';
export { Legend } from './Legend';
export { SearchBox } from './SearchBox';
export { DetailPanel } from './DetailPanel';
export { PilotPanel } from './PilotPanel';
export { DataTable } from './DataTable';
export { SourceLine } from './SourceLine';
export { HoverCard } from './HoverCard';
export { Swatch, safeHref } from './common';
