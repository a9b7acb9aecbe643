import { defineContentScript } from 'wxt/utils/define-content-script';
import { markStarting } from '@/content/runner/start-guard';
import { features } from '@/content/workbench/features';
import { startFeatures } from '@/content/runner/start';

markStarting();

export default defineContentScript({
  matches: ['https://workbench.researchallofus.org/*'],
  // Before the page renders: every tip is ready when its anchor appears, and placed in that same frame.
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  // WXT's start announcement by postMessage tells the page our extension id; its DOM event is enough.
  noScriptStartedPostMessage: true,
  main: (ctx) => startFeatures(ctx, features),
});
