import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildExtension } from '../support/build';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { describeInChromium, WORKBENCH } from '../support/browser-suite';
import { servePages, snapshotDocument } from '../support/serve';
import { describeWithSnapshots } from '../support/snapshots';
import { clickSeen } from '../support/our-ui';

// The example course shares with ada.example@researchallofus.org as Reader and names workspaces
// {lastName}_CWML_training.
const EXAMPLE = 'courses/example-cwml-training.json';
// The content script starts at document_idle in a fresh browser: allow it more than expect.poll's default second.
const WAIT = { timeout: 10_000 };
const COLLABORATOR = 'ada.example@researchallofus.org';
const ABOUT = `${WORKBENCH}/workspaces/aou-rw-42/garcia_cwml_training/about`;

describeWithSnapshots('share with the instructor (real Share dialog snapshot)', () => {
  describeInChromium('in Chromium', () => {
    let browser: ExtensionBrowser;

    beforeAll(async () => {
      const dir = process.env.EXAMPLE_EXTENSION_DIR ?? buildExtension(EXAMPLE, 'tests/.tmp/share-example');
      browser = await launchWithExtension(dir);
      await servePages(browser.context, {
        [ABOUT]: () =>
          snapshotDocument('workspace-share-modal.html', 'View Workspace Details | All of Us Researcher Workbench'),
      });
    });
    afterAll(() => browser?.close());

    it('puts the collaborator email into "Find Collaborators" and guides the rest; never clicks Save', async () => {
      const page = await browser.context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) =>
        message.type() === 'error' || /workbench-companion/.test(message.text())
          ? problems.push(message.text())
          : undefined,
      );
      await page.goto(ABOUT);

      const find = page.locator('wbc-ws-share button[data-action="find"]');
      await expect.poll(() => find.count(), WAIT).toBe(1);
      expect(await find.textContent()).toContain(COLLABORATOR);
      expect(await page.locator('wbc-ws-share li').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('Reader')]),
      );
      expect(await page.locator('input[data-test-id="search"]').inputValue()).toBe('');

      await clickSeen(find);
      await expect.poll(() => page.locator('input[data-test-id="search"]').inputValue(), WAIT).toBe(COLLABORATOR);
      // The About tab behind the dialog also leads to Share, since the instructor is not a collaborator yet.
      await expect.poll(() => page.locator('wbc-ws-next-about [role="note"]').count(), WAIT).toBe(1);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});
