// The class view's README picture: a generated class of the example course, loaded through the file input.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionBrowser } from '../support/chromium';
import { handInFile } from '../support/class-files';

const NAMES = [
  'García',
  'Núñez',
  'Okafor',
  'Nguyen',
  'Smith',
  'Müller',
  "O'Brien",
  'Kowalski',
  'Chen',
  'Haddad',
  'Rossi',
  'Tanaka',
  'Silva',
  'Ivanova',
  'Dubois',
  'Mensah',
  'Kim',
  'Patel',
];
const DAY = 86_400_000;

export async function classViewScreenshot(
  browser: ExtensionBrowser,
  course: { slug: string; name: string; fingerprint: string },
  path: string,
) {
  const dir = join(browser.userDataDir, 'class-shot');
  mkdirSync(dir, { recursive: true });
  const files = NAMES.map((name, i) => {
    const done = [10, 10, 9, 7, 6, 5, 5, 4, 10, 8, 6, 5, 3, 10, 6, 5, 2, 9][i]!;
    const data = handInFile({
      name,
      done,
      course,
      namespace: `aou-rw-${2000 + i}`,
      workspaceName: i === 9 ? 'myfirstworkspace' : `${name}_CWML_training`.replace(/[^A-Za-z_]/g, ''),
      manual: i % 4 === 0 ? ['account-confirmed', 'first-sign-in'] : [],
    });
    if (done === 10 && i !== 13) {
      const last = data.events.at(-1)!;
      data.events.push(
        {
          step: 'ct-training',
          state: 'done',
          source: '/data-access-requirements',
          at: last.at - 2 * DAY,
          shownDate: 'Nov 12, 2026',
        },
        {
          step: 'workspace-shared',
          state: 'done',
          source: `/workspaces/${last.workspace!.namespace}/${last.workspace!.name}/about`,
          at: last.at + DAY,
          collaborator: 'ta.example@researchallofus.org',
          workspace: last.workspace!,
        },
      );
    }
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(data));
    return file;
  });
  const invalid = join(dir, 'notes.json');
  writeFileSync(invalid, '{"my": "notes"');
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/class.html`);
  await page.getByTestId('class-files').setInputFiles([...files, invalid]);
  await page
    .locator('[data-testid="class-table"] tbody tr')
    .nth(NAMES.length - 1)
    .waitFor();
  // The summary and the first rows of the table.
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1700 } });
  await page.close();
}
