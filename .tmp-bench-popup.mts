import { launchWithExtension } from '/work/main/tests/support/chromium';
import { popupFirstRender } from '/work/main/scripts/bench/popup';
const browser = await launchWithExtension(process.argv[2]!);
try {
  for (const n of [0, 10_000]) console.log(n, await popupFirstRender(browser, n, 20));
} finally { await browser.close(); }
