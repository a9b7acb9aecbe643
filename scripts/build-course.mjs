#!/usr/bin/env node
// `npm run build:course -- courses/my-course.json`: one course file → a Chrome zip + the unpacked folder.
// wxt.config.ts validates the course before anything is written and prints name, fingerprint and paths.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const courseFile = args.find((arg) => !arg.startsWith('-')) ?? process.env.COURSE;

if (!courseFile || args.includes('--help') || args.includes('-h')) {
  console.error('Usage: npm run build:course -- courses/<your-course>.json   (optional: OUT_DIR=<folder>)');
  process.exit(courseFile ? 0 : 2);
}
if (!existsSync(courseFile)) {
  console.error(`Course file ${courseFile} not found.`);
  process.exit(1);
}

const wxt = resolve(root, 'node_modules/wxt/bin/wxt.mjs');
const result = spawnSync(process.execPath, [wxt, 'zip'], {
  cwd: root,
  env: { ...process.env, COURSE: relative(root, resolve(courseFile)) },
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
