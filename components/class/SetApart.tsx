import { formatDay } from '@/components/format';
import type { ClassView, OtherCourseFile } from '@/domain/class/merge';
import type { FileProblem } from '@/domain/class/parse';
import { t } from '@/domain/i18n/t';

/** Every file that is not a row, with why: nothing picked goes missing without a word. */
export function SetApart({ view, fingerprint }: { view: ClassView; fingerprint: string }) {
  const count = view.otherCourse.length + view.duplicates.length + view.rejected.length;
  return (
    <section aria-labelledby="apart-heading" class="apart" data-testid="set-apart">
      <h2 id="apart-heading">{t('class_apart_heading')}</h2>
      {count === 0 && <p>{t('class_apart_none')}</p>}
      {view.otherCourse.length > 0 && (
        <FileList
          id="apart-other"
          title={t('class_apart_other', String(view.otherCourse.length))}
          items={view.otherCourse.map((f) => [f.label, otherCourseText(f, fingerprint)])}
        />
      )}
      {view.duplicates.length > 0 && (
        <FileList
          id="apart-duplicates"
          title={t('class_apart_duplicates', String(view.duplicates.length))}
          items={view.duplicates.map((d) => [
            d.label,
            t('class_duplicate', [d.name, formatDay(d.exportedAt), d.keptLabel]),
          ])}
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

function FileList({ id, title, items }: { id: string; title: string; items: Array<[string, string]> }) {
  // The same file name may be listed twice: its key counts its earlier entries.
  const seen = new Map<string, number>();
  const keyed = items.map(([label, reason]) => {
    const count = seen.get(label) ?? 0;
    seen.set(label, count + 1);
    return { key: `${label}-${count}`, label, reason };
  });
  return (
    <>
      <h3 id={id}>{title}</h3>
      <ul aria-labelledby={id} data-testid={id}>
        {keyed.map(({ key, label, reason }) => (
          <li key={key}>
            <code>{label}</code> — {reason}
          </li>
        ))}
      </ul>
    </>
  );
}

function otherCourseText(file: OtherCourseFile, fingerprint: string): string {
  if (file.reason === 'no-course' || !file.course) return t('class_reason_no_course');
  if (file.reason === 'other-course') return t('class_reason_other_course', [file.course.name, file.course.slug]);
  return t('class_reason_other_build', [file.course.fingerprint, fingerprint]);
}

export function problemText(problem: FileProblem): string {
  switch (problem.code) {
    case 'not-export':
      return t('class_problem_not_export', problem.detail);
    case 'too-large':
      return t('class_problem_too_large', String(problem.limitMb));
    case 'zip':
      return t(`class_problem_zip_${problem.problem.replace(/-/g, '_')}`);
    default:
      return t(`class_problem_${problem.code.replace(/-/g, '_')}`);
  }
}
