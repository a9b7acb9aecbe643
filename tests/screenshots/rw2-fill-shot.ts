// The RW 2.0 README picture: page 6 of the Research Use Statement form (Material UI stand-in) after one Fill.
import { buildRw2Part3Bundle, RW2_PART3_SEED_ID, rw2Part3Pages, rw2Part3WorkspaceUrl } from '../fixtures/rw2-part3';
import type { ExtensionBrowser } from '../support/chromium';
import { clickSeen } from '../support/our-ui';
import { servePages } from '../support/serve';

export async function rw2FillScreenshot(browser: ExtensionBrowser, path: string) {
  buildRw2Part3Bundle();
  await servePages(browser.context, rw2Part3Pages({ tier: 'controlled', open: 'research-use-statement', rusPage: 6 }));
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(rw2Part3WorkspaceUrl(RW2_PART3_SEED_ID));
  const form = page.getByRole('dialog', { name: 'Research Use Statement' });
  const fill = form.locator('wbc-rw2-purpose button[data-action="fill"]');
  await fill.waitFor({ timeout: 30_000 });
  await clickSeen(fill);
  await form.locator('wbc-rw2-purpose [data-status="filled"]').first().waitFor({ timeout: 30_000 });
  await form.screenshot({ path });
  await page.close();
}
