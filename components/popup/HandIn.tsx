import { useState } from 'preact/hooks';
import { t } from '@/domain/i18n/t';
import type { ProgressExport } from '@/domain/progress/export-format';
import type { HandInInput } from '@/domain/progress/hand-in';
import { Disclosure } from './Disclosure';
import { handInSummary, saveExportFile } from './hand-in-actions';

export interface HandInProps {
  slug: string;
  exportData: () => Promise<ProgressExport | undefined>;
  /** Sends the parsed file to the background, which checks it against the export format. */
  importData: (data: unknown) => Promise<boolean>;
  /** What the text summary is made of, gathered when asked (the trainee's name comes from storage). */
  summaryInput: () => Promise<HandInInput>;
  announce: (text: string) => void;
  showError: (text: string) => void;
}

/** What the trainee hands to the instructor: a file, or a few lines of text; one line until opened. */
export function HandIn({ slug, exportData, importData, summaryInput, announce, showError }: HandInProps) {
  const [fallbackText, setFallbackText] = useState<string>();

  const downloadJson = async () => {
    const data = await exportData();
    if (!data) return;
    saveExportFile(data, slug);
    announce(t('popup_export_done', String(data.events.length)));
  };

  const copySummary = async () => {
    const text = handInSummary(await summaryInput());
    try {
      await navigator.clipboard.writeText(text);
      setFallbackText(undefined);
      announce(t('popup_copy_done'));
    } catch {
      setFallbackText(text);
      announce(t('popup_copy_failed'));
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      showError(t('popup_import_invalid', 'not JSON'));
      return;
    }
    await importData(data);
  };

  return (
    <Disclosure id="hand-in" title={t('popup_hand_in_heading')} class="hand-in tool">
      <p class="muted">{t('popup_hand_in_explain')}</p>
      <div class="row">
        <button type="button" data-testid="export-json" onClick={downloadJson}>
          {t('popup_export_json')}
        </button>
        <button type="button" data-testid="copy-summary" onClick={copySummary}>
          {t('popup_copy_summary')}
        </button>
      </div>
      {fallbackText !== undefined && (
        <div class="fallback">
          <label for="summary-text">{t('popup_copy_fallback_label')}</label>
          <textarea
            id="summary-text"
            data-testid="summary-text"
            readOnly
            rows={4}
            value={fallbackText}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      <div class="import">
        <label for="import-file">{t('popup_import_label')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </div>
    </Disclosure>
  );
}
