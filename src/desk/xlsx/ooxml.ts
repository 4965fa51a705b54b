// A small .xlsx writer (Office Open XML, zipped with fflate) for the desk's template: inline
// strings and numbers, a fixed set of cell styles (header, fixed, editable), frozen panes, column
// widths, data validation (drop-down lists, whole numbers, text length), sheet protection and
// notes on cells. The maintained JS spreadsheet writers either cannot write data validation
// (SheetJS Community Edition, write-excel-file) or are unmaintained (exceljs): see src/desk/README.md.
import { strToU8, zipSync } from 'fflate';
import { colLetter } from './cells';

/** Cell styles (index into cellXfs below). Locked cells can only change once protection is off. */
export const STYLE = { default: 0, header: 1, fixedText: 2, editText: 3, edit: 4, fixedNumber: 5, wrap: 6, bold: 7 } as const;

export type Cell = { v: string | number | null; s?: number };

export interface Validation {
  /** Cells, e.g. "E2:E556". */
  sqref: string;
  type: 'list' | 'whole' | 'textLength';
  /** list: the values; whole/textLength: [min, max]. */
  values: readonly string[] | readonly [number, number];
  promptTitle?: string;
  prompt?: string;
  errorTitle?: string;
  error?: string;
}

export interface Sheet {
  name: string;
  rows: Cell[][];
  widths?: number[];
  freeze?: { rows: number; cols: number };
  validations?: Validation[];
  /** Protect the sheet (no password: it guards against slips, not people). */
  protect?: boolean;
  /** Notes (Excel's comments) by cell reference, e.g. { A1: "…" }. */
  notes?: Record<string, string>;
}

// XML 1.0 allows no control characters but tab and line breaks.
const xml = (s: string) =>
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);


const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const STYLES =
  HEAD +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFECEAE4"/><bgColor indexed="64"/></patternFill></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFC6DBEF"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="8">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="49" fontId="1" fillId="3" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="49" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyProtection="1"><protection locked="0"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1"><protection locked="0"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function cellXml(c: Cell, ref: string): string {
  const s = c.s ? ` s="${c.s}"` : '';
  if (c.v === null || c.v === '') return `<c r="${ref}"${s}/>`;
  if (typeof c.v === 'number') return `<c r="${ref}"${s}><v>${c.v}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xml(c.v)}</t></is></c>`;
}

function validationXml(v: Validation): string {
  const msg =
    (v.promptTitle ? ` promptTitle="${xml(v.promptTitle.slice(0, 32))}"` : '') +
    (v.prompt ? ` prompt="${xml(v.prompt.slice(0, 255))}"` : '') +
    (v.errorTitle ? ` errorTitle="${xml(v.errorTitle.slice(0, 32))}"` : '') +
    (v.error ? ` error="${xml(v.error.slice(0, 255))}"` : '');
  const head = `<dataValidation type="${v.type}" allowBlank="1" showInputMessage="1" showErrorMessage="1"${v.type === 'list' ? '' : ' operator="between"'}${msg} sqref="${v.sqref}">`;
  const formulas =
    v.type === 'list'
      ? `<formula1>${xml(`"${(v.values as readonly string[]).join(',')}"`)}</formula1>`
      : `<formula1>${v.values[0]}</formula1><formula2>${v.values[1]}</formula2>`;
  return head + formulas + '</dataValidation>';
}

function sheetXml(sh: Sheet, hasNotes: boolean): string {
  const out: string[] = [HEAD, `<worksheet ${NS}>`];
  const lastCol = Math.max(1, ...sh.rows.map((r) => r.length));
  out.push(`<dimension ref="A1:${colLetter(lastCol - 1)}${Math.max(1, sh.rows.length)}"/>`);
  if (sh.freeze && (sh.freeze.rows || sh.freeze.cols)) {
    const { rows, cols } = sh.freeze;
    const pane = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
    out.push(
      `<sheetViews><sheetView workbookViewId="0"><pane${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''} topLeftCell="${colLetter(cols)}${rows + 1}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`,
    );
  }
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (sh.widths?.length) out.push('<cols>' + sh.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('') + '</cols>');
  out.push('<sheetData>');
  sh.rows.forEach((row, r) => {
    out.push(`<row r="${r + 1}">` + row.map((c, i) => cellXml(c, `${colLetter(i)}${r + 1}`)).join('') + '</row>');
  });
  out.push('</sheetData>');
  if (sh.protect) out.push('<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" autoFilter="0"/>');
  if (sh.validations?.length) out.push(`<dataValidations count="${sh.validations.length}">` + sh.validations.map(validationXml).join('') + '</dataValidations>');
  out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (hasNotes) out.push('<legacyDrawing r:id="rId1"/>');
  out.push('</worksheet>');
  return out.join('');
}

/** Where a note's box is drawn: the VML Excel needs beside the comments part to show notes. */
function vmlXml(refs: string[]): string {
  const shapes = refs.map((ref, i) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(m[2]) - 1;
    return (
      `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:220pt;height:90pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 4}, 15, ${row + 6}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
    );
  });
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    shapes.join('') +
    '</xml>'
  );
}

function commentsXml(notes: Record<string, string>, author: string): string {
  const list = Object.entries(notes)
    .map(([ref, text]) => `<comment ref="${ref}" authorId="0"><text><r><t xml:space="preserve">${xml(text)}</t></r></text></comment>`)
    .join('');
  return HEAD + `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${xml(author)}</author></authors><commentList>${list}</commentList></comments>`;
}

/** The workbook as .xlsx bytes. `author` signs the notes. */
export function writeXlsx(sheets: Sheet[], author: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (path: string, text: string) => (files[path] = strToU8(text));
  const ct: string[] = [];
  let noteParts = 0;
  sheets.forEach((sh, i) => {
    const n = i + 1;
    const notes = sh.notes && Object.keys(sh.notes).length ? sh.notes : null;
    put(`xl/worksheets/sheet${n}.xml`, sheetXml(sh, !!notes));
    ct.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    if (notes) {
      const k = ++noteParts;
      put(`xl/comments${k}.xml`, commentsXml(notes, author));
      put(`xl/drawings/vmlDrawing${k}.vml`, vmlXml(Object.keys(notes)));
      put(
        `xl/worksheets/_rels/sheet${n}.xml.rels`,
        HEAD + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing${k}.vml"/><Relationship Id="rId2" Type="${REL}/comments" Target="../comments${k}.xml"/></Relationships>`,
      );
      ct.push(`<Override PartName="/xl/comments${k}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`);
    }
  });
  put(
    '[Content_Types].xml',
    HEAD +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      ct.join('') +
      '</Types>',
  );
  put('_rels/.rels', HEAD + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  put(
    'xl/workbook.xml',
    HEAD + `<workbook ${NS}><bookViews><workbookView activeTab="0"/></bookViews><sheets>` + sheets.map((sh, i) => `<sheet name="${xml(sh.name.slice(0, 31))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') + '</sheets></workbook>',
  );
  put(
    'xl/_rels/workbook.xml.rels',
    HEAD +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  put('xl/styles.xml', STYLES);
  // A fixed date inside the zip: the same template is the same bytes.
  return zipSync(files, { level: 6, mtime: new Date('2025-01-01T00:00:00Z') });
}
