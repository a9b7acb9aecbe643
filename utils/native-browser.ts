// Content scripts get Chrome's native API instead of the promise polyfill (MV3 Chrome returns promises
// natively); their size budgets (15 KB and 3 KB gzip) have no room for the polyfill. The popup gets it too (wxt.config.ts).
export const browser = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
export type { Browser } from 'wxt/browser';
