import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { bannerHelp } from './domain/course/banner-help';
import { scriptCourse } from './domain/course/script-course';
import { loadCourseFile } from './domain/course/load-file';

// Unit tests see the default course, as the default build does.
const { course, fingerprint } = loadCourseFile('courses/default.json');

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        define: {
          __COURSE__: JSON.stringify(course),
          __COURSE_FINGERPRINT__: JSON.stringify(fingerprint),
          __COURSE_HELP__: JSON.stringify(bannerHelp(course.help)),
          __SCRIPT_COURSE__: JSON.stringify(scriptCourse(course)),
          __LEGACY_FORM__: JSON.stringify(course.workspace.platform === 'legacy'),
        },
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
