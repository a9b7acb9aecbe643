// A browser with the extension on the Material UI stand-in of Researcher Workbench 2.0's Part 3 (Controlled Tier).
import { buildRw2Part3Bundle, rw2Part3Pages } from '../fixtures/rw2-part3';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { servePages } from './serve';

/** The workspace every Part 3 walk creates (the example course's name for Garcia). */
export const PART3_WORKSPACE_ID = 'garcia-cwml-training';

export async function launchOnPart3(extensionDir: string, timeoutMs: number): Promise<ExtensionBrowser> {
  buildRw2Part3Bundle();
  const browser = await launchWithExtension(extensionDir);
  browser.context.setDefaultTimeout(timeoutMs);
  await servePages(browser.context, rw2Part3Pages({ tier: 'controlled', workspaceIds: [PART3_WORKSPACE_ID] }));
  return browser;
}
