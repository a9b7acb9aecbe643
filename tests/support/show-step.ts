// Swaps in a wizard or Code of Conduct page as the Workbench's SPA does (same <body>, a pushState for a new path).
import type { Page } from 'playwright-core';

export interface StepOptions {
  /** The path the SPA pushes first, when the step changes the URL. */
  path?: string;
  /** Every text field already holds typed text (privacy tests: nothing typed may be read). */
  typed?: boolean;
}

export async function showStep(page: Page, html: string, { path, typed = false }: StepOptions = {}): Promise<void> {
  await page.evaluate(
    ({ html, path, typed }) => {
      if (path) history.pushState({}, '', path);
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      const fields = typed
        ? parsed.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
            'input:not([type="checkbox"]):not([disabled]), textarea',
          )
        : [];
      for (const field of fields)
        field.value = field.getAttribute('data-test-id') === 'ducc-initials-input' ? 'AL' : 'typed by the trainee';
      document.body.replaceChildren(...parsed.body.childNodes);
    },
    { html, path, typed },
  );
}
