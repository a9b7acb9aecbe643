import { sendMessage } from './messages';
import type { ProgressEventInput } from './progress/events';

/** Sends progress to the background, skipping what this page already reported unchanged. */
export function createReporter() {
  const sent = new Set<string>();
  return (events: ProgressEventInput[]) => {
    const fresh = events.filter((event) => {
      const key = JSON.stringify(event);
      if (sent.has(key)) return false;
      sent.add(key);
      return true;
    });
    if (fresh.length) void sendMessage({ type: 'progress/record', events: fresh });
  };
}
