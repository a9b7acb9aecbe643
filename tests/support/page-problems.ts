import type { Page } from 'playwright-core';

/** Page errors and our content script's warnings: a changed page must never produce either. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) =>
    message.type() === 'error' || /workbench-companion/.test(message.text())
      ? problems.push(message.text())
      : undefined,
  );
  return problems;
}
