import { t, uiLanguage } from '@/domain/i18n/t';
import type { StepStatus } from '@/domain/progress/events';
import { isSaneTimestamp } from '@/domain/progress/timestamps';

// Building a formatter is the slow part (locale data), so each language gets one: it is used for every done step.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Total: a date no Date can show reads "date unknown" instead of throwing (which would blank the popup). */
export function formatDay(ms: number): string {
  if (!isSaneTimestamp(ms)) return t('popup_date_unknown');
  const language = uiLanguage();
  const format = dayFormats.get(language) ?? new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  dayFormats.set(language, format);
  return format.format(new Date(ms));
}

/** The Workbench's own completion date when it printed one, else when we saw it. */
export function doneDate(status: StepStatus): string {
  return status.shownDate ?? formatDay(status.at);
}

export function formatTimeLeft(minutes: number): string {
  if (minutes < 60) return t('popup_time_left_minutes', String(minutes));
  return t('popup_time_left_hours', [String(Math.floor(minutes / 60)), String(minutes % 60)]);
}
