// A deliberately bad extension for the privacy controls: its content script starts requests of every kind the
// monitor must catch, and listens to keystrokes in the page's identity fields.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const LEAK_URLS = {
  image: 'https://example.invalid/beacon.gif',
  stylesheet: 'https://example.invalid/style.css',
  font: 'https://example.invalid/font.woff2',
};

const LEAK_SCRIPT = `
new Image().src = ${JSON.stringify(LEAK_URLS.image)};
const link = document.createElement('link');
link.rel = 'stylesheet';
link.href = ${JSON.stringify(LEAK_URLS.stylesheet)};
document.head.append(link);
new FontFace('leak', 'url(${LEAK_URLS.font})').load().catch(() => undefined);
for (const field of document.querySelectorAll('input')) field.addEventListener('input', () => undefined);
`;

/** Writes the extension to a fresh folder; it runs on the given match pattern. */
export function writeLeakyExtension(matches: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'wbc-leaky-'));
  const manifest = {
    manifest_version: 3,
    name: 'leaky control',
    version: '1',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: [matches], js: ['leak.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'leak.js'), LEAK_SCRIPT);
  return dir;
}
