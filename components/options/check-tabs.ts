// Asks every open tab for selector counts: only our Workbench content script answers, so no
// "tabs" permission is needed (tabs without it simply reject).
import { browser } from 'wxt/browser';
import { diagnosticsRequest, isSelectorCounts, judgeCounts, type TabReport } from '@/site/diagnostics';

export async function checkOpenWorkbenchTabs(): Promise<TabReport[]> {
  const tabs = await browser.tabs.query({});
  const reports = await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return undefined;
      try {
        const reply: unknown = await browser.tabs.sendMessage(tab.id, diagnosticsRequest());
        return isSelectorCounts(reply) ? judgeCounts(reply) : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  return reports.filter((report): report is TabReport => report !== undefined);
}
