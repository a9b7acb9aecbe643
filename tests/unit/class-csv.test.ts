import { beforeEach, describe, expect, it } from 'vitest';
import { classCsv } from '@/domain/class/class-csv';
import { csvCell, toCsv } from '@/domain/class/csv';
import { mergeClass } from '@/domain/class/merge';
import { parseHandIn } from '@/domain/class/parse';
import { classCourseFrom } from '@/domain/class/trainee';
import { builtInCourse, builtInFingerprint } from '@/domain/course/active';
import { t } from '@/domain/i18n/t';
import { stepById, type StepId } from '@/domain/progress/steps';
import { handInFile } from '../support/class-files';

/**
 * A CSV reader as spreadsheet apps read: any of `separators` outside quotes ends a cell, and a quote anywhere
 * opens or closes a quoted run (how Excel reads a line whose separator is not its own).
 */
function readCsv(text: string, separators = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' && quoted && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && separators.includes(c)) {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}
const parseCsv = (text: string) => readCsv(text);

describe('CSV cells', () => {
  it('quotes every field, doubling quotes inside (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(42)).toBe('"42"');
  });

  it.each([
    ['=HYPERLINK("http://x.example","click")', `"'=HYPERLINK(""http://x.example"",""click"")"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
  ])('neutralises a formula: %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFF"a","b"\r\n"c","d"\r\n');
  });

  const hostile = [
    ['Name', 'Workspace'],
    ['Ana;=1+1;', 'ws;@SUM(A1)'],
    ['Chen, "Lee"', '-2+3;x'],
  ];

  it('opens as the same cells where the separator is "," and where it is ";" too: no cell split, none a formula', () => {
    const text = toCsv(hostile).slice(1);
    const comma = readCsv(text, ',');
    expect(comma).toEqual([
      ['Name', 'Workspace'],
      ['Ana;=1+1;', 'ws;@SUM(A1)'],
      ['Chen, "Lee"', "'-2+3;x"],
    ]);
    // A reader that takes both as separators (an import dialog with both ticked) finds the same cells.
    expect(readCsv(text, ',;')).toEqual(comma);
    // A ";" spreadsheet opening it finds no ";" outside quotes: whole lines, never a cell that starts a formula.
    const semicolon = readCsv(text, ';');
    expect(semicolon.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    expect(semicolon.every((line) => line.length === 1)).toBe(true);
  });

  it('control: the same cells written unquoted split at ";" into a formula cell', () => {
    const unquoted = `${hostile.map((line) => line.join(',')).join('\r\n')}\r\n`;
    expect(readCsv(unquoted, ';').flat()).toContain('=1+1');
    expect(readCsv(unquoted, ',;')).not.toEqual(readCsv(unquoted, ','));
  });
});

describe('the class as CSV', () => {
  const course = classCourseFrom(builtInCourse, [builtInFingerprint]);
  const stamp = { slug: builtInCourse.slug, name: builtInCourse.name, fingerprint: builtInFingerprint };
  const rows = mergeClass(
    [
      parseHandIn(
        '1.json',
        JSON.stringify(
          handInFile({
            name: 'Núñez, José',
            done: 11,
            course: stamp,
            workspaceName: 'nunez_training',
            manual: ['account-confirmed'],
          }),
        ),
      ),
      parseHandIn(
        '2.json',
        JSON.stringify(handInFile({ name: '=cmd|"/c calc"!A1', done: 2, course: stamp, namespace: 'n2' })),
      ),
      parseHandIn(
        '3.json',
        JSON.stringify(
          handInFile({ name: '王小明', done: 5, course: { ...stamp, fingerprint: '0000000000' }, namespace: 'n3' }),
        ),
      ),
    ],
    course,
  ).rows;
  let table: string[][] = [];
  let header: string[] = [];
  // Built per test: the English messages are set up before each one.
  beforeEach(() => {
    table = parseCsv(classCsv(rows).replace(/^\uFEFF/, ''));
    header = table[0]!;
  });
  const column = (name: string) => table.slice(1).map((line) => line[header.indexOf(name)]);

  it('has one line per trainee, non-ASCII names intact and a formula-like name defused', () => {
    expect(table).toHaveLength(4);
    expect(column('Name')).toEqual(
      ['=cmd|"/c calc"!A1', 'Núñez, José', '王小明']
        .map((n) => (n.startsWith('=') ? `'${n}` : n))
        .sort((a, b) => a.localeCompare(b)),
    );
    expect(table.every((line) => line.length === header.length)).toBe(true);
  });

  it('gives each step its state, date and how it was recorded', () => {
    const title = (id: StepId) => t(stepById(id).titleKey);
    expect(column(title('two-factor'))).toEqual(expect.arrayContaining(['done', 'pending']));
    const confirmed = header.indexOf(`${title('account-confirmed')}: recorded how`);
    expect(confirmed).toBeGreaterThan(0);
    const nunez = table.find((line) => line[0] === 'Núñez, José')!;
    expect(nunez[confirmed]).toBe('ticked by hand');
    expect(nunez[header.indexOf(`${title('account-details')}: date`)]).toMatch(/^2026-11-\d\d$/);
    expect(nunez[header.indexOf('Workspace follows the rule')]).toBe('yes');
    expect(nunez[header.indexOf(title('ct-training'))]).toBe('not needed');
  });

  it('names the tier of the data collection the trainee added (Researcher Workbench 2.0), blank before it', () => {
    const nunez = table.find((line) => line[0] === 'Núñez, José')!;
    expect(nunez[header.indexOf(t(stepById('data-collection-added').titleKey))]).toBe('done');
    expect(nunez[header.indexOf('Data tier added')]).toBe('Registered Tier');
    expect(column('Data tier added').filter((cell) => cell === '')).toHaveLength(2);
  });

  it("names each row's build: its fingerprint, and whether it is this build", () => {
    const builds = table
      .slice(1)
      .map((line) => [line[0], line[header.indexOf('Fingerprint')], line[header.indexOf('Build')]]);
    expect(builds).toEqual(
      expect.arrayContaining([
        ['Núñez, José', builtInFingerprint, 'this build'],
        ['王小明', '0000000000', 'another build of this course'],
      ]),
    );
  });
});
