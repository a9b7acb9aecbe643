import type { ChromeMessages } from './build-locales';

/** Chrome's getMessage semantics, for tests and previews outside the browser. */
export function formatMessage(messages: ChromeMessages, key: string, substitutions: string | string[] = []): string {
  const entry = messages[key] as
    | (ChromeMessages[string] & { placeholders?: Record<string, { content: string }> })
    | undefined;
  if (!entry) return '';
  const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return (
    entry.message
      .replace(/\$([a-zA-Z0-9_@]+)\$/g, (_, name: string) =>
        fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''),
      )
      // One pass, as Chrome does: "$$" is a literal dollar sign, so "$$300" is "$300", not substitution 3.
      .replace(/\$\$|\$(\d)/g, (_, n: string | undefined) => (n === undefined ? '$' : (subs[Number(n) - 1] ?? '')))
  );
}
