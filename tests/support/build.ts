// Builds the extension for a course into a folder of its own (used by global setup and course tests).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export function buildExtension(course: string, outDir: string): string {
  const out = resolve(outDir);
  execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], {
    // The build trainees get: under vitest NODE_ENV is 'test', which would compile JSX in its debug form.
    env: { ...process.env, NODE_ENV: 'production', COURSE: course, OUT_DIR: out },
    stdio: 'pipe',
  });
  return resolve(out, 'chrome-mv3');
}
