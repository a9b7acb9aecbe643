// Google's 403 page gets the native API instead of the promise polyfill: that script only calls
// synchronous APIs, and its size budget (3 KB gzip) has no room for the polyfill.
export const browser = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
export type { Browser } from 'wxt/browser';
