// How much memory a page takes while it works: the JS heap with ArrayBuffer contents, sampled through the DevTools
// protocol, and (on Linux) the peak resident memory of the extension's renderer process, which no sample can miss.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

const MB = 1024 * 1024;

/**
 * Samples the page's heap (JS objects, embedder objects, ArrayBuffer contents) every `everyMs` until stop() is called.
 */
export async function sampleHeap(context: BrowserContext, page: Page, everyMs = 50) {
  const cdp = await context.newCDPSession(page);
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const usage = (await cdp.send('Runtime.getHeapUsage' as never).catch(() => undefined)) as
        | { usedSize: number; embedderHeapUsedSize?: number; backingStorageSize?: number }
        | undefined;
      // The page or its browser is gone (a test failed before stop()): nothing left to sample.
      if (!usage) return;
      peak = Math.max(peak, usage.usedSize + (usage.embedderHeapUsedSize ?? 0) + (usage.backingStorageSize ?? 0));
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await cdp.detach().catch(() => undefined);
      return peak / MB;
    },
  };
}

const parentOf = (pid: string) =>
  readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ')[1]!;

function descendsFrom(pid: string, ancestor: string): boolean {
  for (let at = pid, hops = 0; at !== '0' && at !== '1' && hops < 20; hops++) {
    if (at === ancestor) return true;
    at = parentOf(at);
  }
  return false;
}

/** Peak resident memory (VmHWM) of this test's extension renderer processes, in MB; undefined without /proc. */
export function extensionRendererPeakMb(): number | undefined {
  if (!existsSync('/proc/self/status')) return undefined;
  const peaks: number[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (
        !cmdline.includes('--type=renderer') ||
        !cmdline.includes('--extension-process') ||
        !descendsFrom(pid, String(process.pid))
      )
        continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peaks.push(Number(hwm[1]) / 1024);
    } catch {
      // The process ended while it was read.
    }
  }
  return peaks.length ? Math.max(...peaks) : undefined;
}
