// Runs the real `npm run build:course` script (wxt zip underneath) on a valid and an invalid course.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCourseFile } from '@/domain/course/load-file';

const OUT = resolve('tests/.tmp/course-build-command');

function buildCourse(courseFile: string, outDir: string) {
  const run = spawnSync(process.execPath, ['scripts/build-course.mjs', courseFile], {
    env: { ...process.env, OUT_DIR: outDir, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run build:course', { timeout: 120_000 }, () => {
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  it('fails on an invalid course, listing every problem, and writes nothing', () => {
    const outDir = join(OUT, 'invalid');
    rmSync(outDir, { recursive: true, force: true });
    const file = 'tests/fixtures/invalid-courses/many-problems.json';
    const run = buildCourse(file, outDir);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`Invalid course file ${file} (4 problems)`);
    for (const path of [
      'slug is required',
      'answers.intendedStudy must be at most 1000 characters',
      'help.troubleSigningIn must be an https:// link',
      'colour is not a known field',
    ]) {
      expect(run.stderr).toContain(`${file}: ${path}`);
    }
    expect(existsSync(outDir)).toBe(false);
  });

  it('fails with a usage line when no course is given', () => {
    const run = spawnSync(process.execPath, ['scripts/build-course.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, COURSE: '' },
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Usage: npm run build:course');
  });

  it('builds a zip named after slug and version plus the unpacked folder, printing name, fingerprint and paths', () => {
    const outDir = join(OUT, 'valid');
    const file = 'courses/example-cwml-training.json';
    const { course, fingerprint } = loadCourseFile(file);
    const run = buildCourse(file, outDir);
    expect(run.status, run.stderr).toBe(0);
    const zip = `${course.slug}-${course.version}-chrome.zip`;
    expect(readdirSync(outDir).sort()).toEqual(['chrome-mv3', zip].sort());
    expect(existsSync(join(outDir, 'chrome-mv3', 'manifest.json'))).toBe(true);
    expect(run.stdout).toContain(`Course: ${course.name} (${course.slug}, version ${course.version})`);
    expect(run.stdout).toContain(`Fingerprint: ${fingerprint}`);
    expect(run.stdout).toContain(`Unpacked extension: ${join(outDir, 'chrome-mv3')}`);
    expect(run.stdout).toContain(join(outDir, zip));
  });
});
