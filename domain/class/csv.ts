// RFC 4180 CSV that spreadsheet apps open safely: UTF-8 with a BOM, CRLF lines, every field quoted, no cell read as a
// formula.

/** A spreadsheet runs a cell starting with one of these as a formula (tab and CR too, after trimming). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Every field quoted: a reader that splits on `;` (a spreadsheet in a locale that writes 1,5) then finds no separator
 * outside quotes, so "Ana;=1+1;" never becomes three cells with a formula in the middle.
 */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | undefined>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
