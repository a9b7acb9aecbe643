import type { TestProject } from 'vitest/node';
import { buildExtension, legacyCourse } from '../support/build';
import { requireChromium } from '../support/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    extensionDir: string;
    /** The default course built for the legacy workspace form (its prefill included). */
    legacyExtensionDir: string;
    chromiumPath: string;
  }
}

/** Builds the default-course extension (and its legacy-form variant) once for every browser test file. */
export default function setup(project: TestProject) {
  const chromiumPath = requireChromium() ?? '';
  const extensionDir = process.env.EXTENSION_DIR ?? buildExtension('courses/default.json', 'tests/.tmp/default');
  project.provide('extensionDir', extensionDir);
  const legacyDir =
    process.env.LEGACY_EXTENSION_DIR ??
    buildExtension(legacyCourse('courses/default.json'), 'tests/.tmp/default-legacy');
  project.provide('legacyExtensionDir', legacyDir);
  project.provide('chromiumPath', chromiumPath);
}
