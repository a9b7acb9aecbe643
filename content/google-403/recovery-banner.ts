// Plain DOM on purpose: this script runs on Google's pages and must stay tiny (budget 6 KB gzip, with the polyfill).
import type { BannerHelp } from '@/domain/course/banner-help';
import { google403Tip } from '@/guidance/google-403-tips';

import { browser } from 'wxt/browser';

// Only the banner's rules: the shared tip styles would not fit the budget.
const BANNER_CSS = `:host{all:initial;display:block}
.wbc{font:14px/1.45 system-ui,sans-serif;color:#1b1b3a;box-sizing:border-box;margin:16px auto;padding:14px 16px;max-width:640px;background:#fff6e5;border:2px solid #d98b00;border-radius:8px}
h2{margin:0 0 6px;font-size:18px}a{color:#1c3f9e}
.wbc-button{display:inline-block;padding:6px 12px;border-radius:6px;background:#2f5bd3;color:#fff;text-decoration:none}
:focus-visible{outline:3px solid #f0a000;outline-offset:2px}`;

// In this entry `wxt/browser` is the native API (see wxt.config.ts): getMessage is synchronous anyway.
const t = (key: string) => (browser.i18n.getMessage as (key: string) => string)(key) || key;

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]>,
  ...children: Node[]
) {
  const node = Object.assign(doc.createElement(tag), props);
  node.append(...children);
  return node;
}

function link(doc: Document, href: string, text: string, className = '') {
  return element(doc, 'a', { href, textContent: text, className, target: '_blank', rel: 'noopener noreferrer' });
}

/** Explains the 403 after the first password change and leads back to the Workbench. */
export function showRecoveryBanner(doc: Document, help: BannerHelp): HTMLElement {
  const host = doc.createElement('wbc-google-403');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = element(doc, 'style', { textContent: BANNER_CSS });
  const {
    title,
    paragraphs,
    back,
    links: [trouble, desk, email],
  } = google403Tip(help, t);
  const banner = element(
    doc,
    'div',
    { className: 'wbc wbc-banner', role: 'region' },
    element(doc, 'h2', { textContent: title }),
    ...paragraphs.map((text) => element(doc, 'p', { textContent: text })),
    element(doc, 'p', {}, element(doc, 'a', { href: back.href, className: 'wbc-button', textContent: back.label })),
    element(
      doc,
      'ul',
      {},
      element(doc, 'li', {}, link(doc, trouble.href, trouble.label)),
      element(
        doc,
        'li',
        {},
        link(doc, desk.href, desk.label),
        doc.createTextNode(' · '),
        element(doc, 'a', { href: email.href, textContent: email.label }),
      ),
    ),
  );
  banner.setAttribute('aria-label', title);
  shadow.append(style, banner);
  doc.body.prepend(host);
  return host;
}
