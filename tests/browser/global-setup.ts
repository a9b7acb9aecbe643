import type { TestProject } from 'vitest/node';
import { buildExtension } from '../support/build';
import { requireChromium } from '../support/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    extensionDir: string;
    chromiumPath: string;
  }
}

/** Builds the default-course extension once for every browser test file. */
export default function setup(project: TestProject) {
  const chromiumPath = requireChromium() ?? '';
  const extensionDir = process.env.EXTENSION_DIR ?? buildExtension('courses/default.json', 'tests/.tmp/default');
  project.provide('extensionDir', extensionDir);
  project.provide('chromiumPath', chromiumPath);
}
