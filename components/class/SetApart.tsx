import type { ComponentChildren } from 'preact';
import { formatDay } from '@/components/format';
import type { ClassView, DuplicateFile, OtherCourseFile } from '@/domain/class/merge';
import type { FileProblem } from '@/domain/class/parse';
import { t, uiLanguage } from '@/domain/i18n/t';

type Item = [label: string, reason: string, action?: ComponentChildren];

/**
 * Every file that is not a row, with why: nothing picked goes missing without a word. A trainee's other file can be
 * chosen.
 */
export function SetApart({ view, onChoose }: { view: ClassView; onChoose: (label: string) => void }) {
  const count = view.otherCourse.length + view.duplicates.length + view.rejected.length;
  return (
    <section aria-labelledby="apart-heading" class="apart" data-testid="set-apart">
      <h2 id="apart-heading">{t('class_apart_heading')}</h2>
      {count === 0 && <p>{t('class_apart_none')}</p>}
      {view.otherCourse.length > 0 && (
        <FileList
          id="apart-other"
          title={t('class_apart_other', String(view.otherCourse.length))}
          items={view.otherCourse.map((f) => [f.label, otherCourseText(f)])}
        />
      )}
      {view.duplicates.length > 0 && (
        <FileList
          id="apart-duplicates"
          title={t('class_apart_duplicates', String(view.duplicates.length))}
          items={view.duplicates.map(
            (d): Item => [d.label, duplicateText(d), <ChooseButton key={d.label} file={d} onChoose={onChoose} />],
          )}
        />
      )}
      {view.rejected.length > 0 && (
        <FileList
          id="apart-rejected"
          title={t('class_apart_rejected', String(view.rejected.length))}
          items={view.rejected.map((r) => [r.label, problemText(r.problem)])}
        />
      )}
    </section>
  );
}

function FileList({ id, title, items }: { id: string; title: string; items: Item[] }) {
  // The same file name may be listed twice: its key counts its earlier entries.
  const seen = new Map<string, number>();
  const keyed = items.map(([label, reason, action]) => {
    const count = seen.get(label) ?? 0;
    seen.set(label, count + 1);
    return { key: `${label}-${count}`, label, reason, action };
  });
  return (
    <>
      <h3 id={id}>{title}</h3>
      <ul aria-labelledby={id} data-testid={id}>
        {keyed.map(({ key, label, reason, action }) => (
          <li key={key}>
            <code>{label}</code> — {reason}
            {action && <> {action}</>}
          </li>
        ))}
      </ul>
    </>
  );
}

function duplicateText(file: DuplicateFile): string {
  return t(file.future ? 'class_duplicate_future' : 'class_duplicate', [
    file.name,
    formatDay(file.exportedAt),
    file.keptLabel,
  ]);
}

/**
 * The instructor's say over which of a trainee's files is in the table (a file dated in the future never wins alone).
 */
function ChooseButton({ file, onChoose }: { file: DuplicateFile; onChoose: (label: string) => void }) {
  return (
    <button
      type="button"
      class="small no-print"
      data-choose={file.label}
      aria-label={t('class_use_file_label', [file.label, file.keptLabel])}
      onClick={() => onChoose(file.label)}
    >
      {t('class_use_file')}
    </button>
  );
}

function otherCourseText(file: OtherCourseFile): string {
  if (file.reason === 'no-course' || !file.course) return t('class_reason_no_course');
  return t('class_reason_other_course', [file.course.name, file.course.slug]);
}

export function problemText(problem: FileProblem): string {
  switch (problem.code) {
    case 'not-export':
      return t('class_problem_not_export', problem.detail);
    case 'too-large':
      return t('class_problem_too_large', String(problem.limitMb));
    case 'pick-limit':
      return t('class_problem_pick_limit', [
        new Intl.NumberFormat(uiLanguage()).format(problem.maxFiles),
        String(problem.limitMb),
      ]);
    case 'zip':
      return t(`class_problem_zip_${problem.problem.replace(/-/g, '_')}`);
    default:
      return t(`class_problem_${problem.code.replace(/-/g, '_')}`);
  }
}
