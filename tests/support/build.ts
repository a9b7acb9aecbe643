// Builds the extension for a course into a folder of its own (used by global setup and course tests).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

export function buildExtension(course: string, outDir: string): string {
  const out = resolve(outDir);
  execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], {
    // The build trainees get: under vitest NODE_ENV is 'test', which would compile JSX in its debug form.
    env: { ...process.env, NODE_ENV: 'production', COURSE: course, OUT_DIR: out },
    stdio: 'pipe',
  });
  return resolve(out, 'chrome-mv3');
}

/** The same course for trainees of the legacy workspace form (only such a build carries the form's prefill). */
export function legacyCourse(course: string): string {
  const data = JSON.parse(readFileSync(course, 'utf8')) as { workspace: { platform?: string } };
  data.workspace.platform = 'legacy';
  const file = resolve('tests/.tmp', basename(course).replace(/\.json$/, '-legacy.json'));
  mkdirSync(resolve('tests/.tmp'), { recursive: true });
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}
