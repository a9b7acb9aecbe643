import { t, uiLanguage } from '@/utils/i18n/t';
import type { StepStatus } from '@/utils/progress/events';

export function formatDay(ms: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(new Date(ms));
}

/** The Workbench's own completion date when it printed one, else when we saw it. */
export function doneDate(status: StepStatus): string {
  return status.shownDate ?? formatDay(status.at);
}

export function formatTimeLeft(minutes: number): string {
  if (minutes < 60) return t('popup_time_left_minutes', String(minutes));
  return t('popup_time_left_hours', [String(Math.floor(minutes / 60)), String(minutes % 60)]);
}
