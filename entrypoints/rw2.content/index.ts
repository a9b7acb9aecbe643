import { defineContentScript } from 'wxt/utils/define-content-script';
import { markStarting } from '@/content/runner/start-guard';
import { startFeatures } from '@/content/runner/start';
import { features } from '@/content/rw2/features';

markStarting();

// Researcher Workbench 2.0, where workspaces are created now: its own script, so neither site carries the other's
// features. Its features decide from what a page shows, never from its URL.
export default defineContentScript({
  matches: ['https://workbench.verily.com/*'],
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main: (ctx) => startFeatures(ctx, features),
});
