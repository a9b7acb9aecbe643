import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { bannerHelp } from './domain/course/banner-help';
import { scriptCourse } from './domain/course/script-course';
import { CourseFileError, loadCourseFile, type LoadedCourse } from './domain/course/load-file';
import { applyCourseHosts } from './domain/course/manifest-hosts';
import { buildLocales } from './domain/i18n/build-locales';

const courseFile = process.env.COURSE ?? 'courses/default.json';

function loadOrExit(file: string): LoadedCourse {
  try {
    return loadCourseFile(file);
  } catch (error) {
    if (!(error instanceof CourseFileError)) throw error;
    // Fail before anything is written, so no half-built extension is left behind.
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}

const loaded = loadOrExit(courseFile);
const { course, fingerprint } = loaded;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: no globals appear from nowhere.
  imports: false,
  outDir: process.env.OUT_DIR ?? `.output/${course.slug}`,
  manifestVersion: 3,
  manifest: {
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    version: course.version,
    version_name: `${course.version} (${course.slug} ${fingerprint})`,
    permissions: ['storage'],
    host_permissions: [],
    storage: { managed_schema: 'managed_schema.json' },
  },
  zip: { artifactTemplate: `${course.slug}-{{version}}-chrome.zip` },
  vite: () => ({
    plugins: [preact()],
    define: {
      __COURSE__: JSON.stringify(course),
      __COURSE_FINGERPRINT__: JSON.stringify(fingerprint),
      __COURSE_HELP__: JSON.stringify(bannerHelp(course.help)),
      __SCRIPT_COURSE__: JSON.stringify(scriptCourse(course)),
      __LEGACY_FORM__: JSON.stringify(course.workspace.platform === 'legacy'),
    },
    build: { modulePreload: { polyfill: false }, sourcemap: process.env.WXT_SOURCEMAP === '1' },
  }),
  hooks: {
    'entrypoints:grouped': (_wxt, groups) => {
      // The popup builds alone: one script file (no chunk shared with the options page) for its ≤ 50 ms first render.
      const pages = groups.find(
        (group) => Array.isArray(group) && group.length > 1 && group.some((entry) => entry.type === 'popup'),
      );
      if (!Array.isArray(pages)) return;
      groups.push(
        pages.splice(
          pages.findIndex((entry) => entry.type === 'popup'),
          1,
        ),
      );
    },
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      // Content scripts load on every Workbench page: a slower, multi-pass minifier buys about 3% of their gzip size.
      viteConfig.build = {
        ...viteConfig.build,
        minify: 'terser',
        terserOptions: { compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, mangle: { toplevel: true } },
      };
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      applyCourseHosts(manifest.content_scripts ?? [], course.extraHosts);
    },
    'build:publicAssets': (_wxt, files) => {
      for (const [locale, messages] of Object.entries(buildLocales())) {
        files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(messages, null, 1) });
      }
    },
    'build:done': (wxt) => {
      console.log(`\nCourse: ${course.name} (${course.slug}, version ${course.version})`);
      console.log(`Fingerprint: ${fingerprint}`);
      if (course.extraHosts.length) console.log(`Extra Workbench hosts: ${course.extraHosts.join(', ')}`);
      for (const warning of loaded.warnings) console.warn(`Warning: ${warning}`);
      console.log(`Unpacked extension: ${wxt.config.outDir}  (chrome://extensions → Developer mode → Load unpacked)`);
    },
    'zip:done': (_wxt, zips) => {
      console.log(`Zip for the Chrome Web Store: ${zips.join(', ')}`);
    },
  },
});
