// The popup's README picture: mid-journey (Part 1 done, 2-Step Verification done), as Chrome's popup window shows it.
import type { ExtensionBrowser } from '../support/chromium';

const DONE = ['account-institution', 'account-details', 'account-confirmed', 'first-sign-in', 'two-factor'];
const DAY = 86_400_000;
// Fixed dates keep the picture the same from one run to the next.
const FIRST_DAY = Date.UTC(2026, 10, 16, 15);

export async function popupScreenshot(browser: ExtensionBrowser, path: string) {
  const page = await browser.context.newPage();
  // Chrome's largest popup; the popup itself is narrower, and the picture is cut to it.
  await page.setViewportSize({ width: 800, height: 600 });
  const url = `chrome-extension://${browser.extensionId}/popup.html`;
  await page.goto(url);
  const events = DONE.map((step, i) => ({
    step,
    state: 'done',
    source: '/data-access-requirements',
    at: FIRST_DAY + i * DAY,
  }));
  const reply = await page.evaluate(
    (data) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean }> } } }
      ).chrome.runtime.sendMessage({ type: 'progress/import', data }),
    { format: 'workbench-companion-progress', version: 1, exportedAt: Date.now(), events },
  );
  if (!reply?.ok) throw new Error('could not seed the popup picture');
  await page.goto(url);
  await page.getByTestId('next-step').waitFor();
  await page.locator('body').screenshot({ path });
  await page.close();
}
