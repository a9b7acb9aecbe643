import { defineContentScript } from 'wxt/utils/define-content-script';
import { builtInHelp } from '@/domain/course/active';
import { isGoogle403Page } from '@/site/pages';
import { readPolicyHelp } from '@/content/google-403/policy-help';
import { showRecoveryBanner } from '@/content/google-403/recovery-banner';

export default defineContentScript({
  matches: ['https://accounts.google.com/*'],
  runAt: 'document_idle',
  async main() {
    // Every other Google page (sign-in, password change) stays untouched.
    if (!isGoogle403Page(document)) return;
    const banner = showRecoveryBanner(document, builtInHelp);
    // Policy storage can be slow to answer on a fresh browser: show at once, swap links if IT set others.
    const help = await readPolicyHelp(builtInHelp);
    if (JSON.stringify(help) === JSON.stringify(builtInHelp)) return;
    banner.remove();
    showRecoveryBanner(document, help);
  },
});
