import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDay } from '@/components/format';
import { classCsv, classCsvFileName } from '@/domain/class/class-csv';
import { mergeClass } from '@/domain/class/merge';
import type { ParsedFile } from '@/domain/class/parse';
import type { PickedFile } from '@/domain/class/sources';
import { forgetSavedClass, loadSavedClass, saveClass } from '@/domain/class/saved-class';
import { classCourseFrom } from '@/domain/class/trainee';
import {
  NO_FILTER,
  TABLE_PAGE,
  visibleRows,
  type RowFilter,
  type SortKey,
  type SortOrder,
} from '@/domain/class/view-rows';
import { loadEffectiveCourse, type EffectiveCourse } from '@/domain/course/effective';
import { t } from '@/domain/i18n/t';
import { saveFile } from '@/components/save-file';
import { ClassActions } from './ClassActions';
import { ClassSummary } from './ClassSummary';
import { ClassTable } from './ClassTable';
import { FilePicker } from './FilePicker';
import { ReadProgress } from './ReadProgress';
import { SetApart } from './SetApart';
import { TableFilters } from './TableFilters';
import { TablePager } from './TablePager';
import { useReading } from './use-reading';

/** Marks the bench reads, in order: files handed to the page → read and checked → merged → in the DOM → painted. */
export const PICKED_MARK = 'wbc-class-picked';
export const READ_MARK = 'wbc-class-read';
export const MERGED_MARK = 'wbc-class-merged';
export const RENDERED_MARK = 'wbc-class-rendered';
export const SHOWN_MARK = 'wbc-class-shown';
const MARKS = [PICKED_MARK, READ_MARK, MERGED_MARK, RENDERED_MARK, SHOWN_MARK];

export interface SavedClassStore {
  load: typeof loadSavedClass;
  save: typeof saveClass;
  forget: typeof forgetSavedClass;
}

const IDB_STORE: SavedClassStore = { load: loadSavedClass, save: saveClass, forget: forgetSavedClass };

/** The instructor's class view: everything stays in this page unless "keep" is chosen. */
export function ClassPage({
  load = loadEffectiveCourse,
  saved = IDB_STORE,
}: {
  load?: () => Promise<EffectiveCourse>;
  saved?: SavedClassStore;
}) {
  const [effective, setEffective] = useState<EffectiveCourse>();
  const [files, setFiles] = useState<ParsedFile[]>([]);
  const [status, setStatus] = useState('');
  const [keptAt, setKeptAt] = useState<number>();
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const [order, setOrder] = useState<SortOrder>({ key: 'name', descending: false });
  // How many of the matching rows the table holds: a page at first, so a class of hundreds shows at once.
  const [limit, setLimit] = useState(TABLE_PAGE);
  const [focus, setFocus] = useState<{ row: number }>();
  // Files dated after this moment (plus a day) are flagged; the instructor's choices among a trainee's files.
  const [openedAt] = useState(() => Date.now());
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [cancelled, setCancelled] = useState(false);
  const statusLine = useRef<HTMLParagraphElement>(null);
  const focusStatus = useRef(false);
  const { reading, read, cancel } = useReading((parsed, wasCancelled) => {
    performance.mark(READ_MARK);
    setLimit(TABLE_PAGE);
    setCancelled(wasCancelled);
    setFiles((current) => [...current, ...parsed]);
    // The Cancel button is gone: the focus goes to the line that says what was kept, once it says it.
    focusStatus.current = wasCancelled;
  });

  useEffect(() => {
    void load().then(setEffective);
    void saved.load().then(
      (kept) => {
        if (!kept) return;
        setKeptAt(kept.savedAt);
        setFiles((current) => (current.length ? current : kept.files));
      },
      () => undefined,
    );
  }, [load, saved]);

  const course = useMemo(
    () => effective && classCourseFrom(effective.course, [effective.fingerprint, effective.policyFingerprint]),
    [effective],
  );
  const view = useMemo(() => {
    if (!course) return undefined;
    const merged = mergeClass(files, course, { openedAt, chosen });
    if (files.length) performance.mark(MERGED_MARK);
    return merged;
  }, [files, course, openedAt, chosen]);
  const sortBy = useCallback(
    (key: SortKey) => setOrder((o) => ({ key, descending: o.key === key ? !o.descending : false })),
    [],
  );
  const shown = useMemo(() => (view ? visibleRows(view.rows, filter, order) : []), [view, filter, order]);
  const inTable = useMemo(() => shown.slice(0, limit), [shown, limit]);
  const changeFilter = (next: RowFilter) => {
    setFilter(next);
    setLimit(TABLE_PAGE);
  };
  const showMore = (count: number) => {
    setFocus({ row: inTable.length });
    setLimit(inTable.length + count);
  };

  // The same element while rows and order stay: Preact then skips diffing thousands of cells on every status change.
  const table = useMemo(
    () =>
      course && (
        <ClassTable
          rows={inTable}
          order={order}
          onSort={sortBy}
          courseTemplate={course.nameTemplate}
          {...(focus ? { focus } : {})}
        />
      ),
    [inTable, order, sortBy, course, focus],
  );

  // After the commit, then after the next frame's paint (a task queued from requestAnimationFrame runs after it).
  useLayoutEffect(() => {
    if (!view || !files.length) return;
    performance.mark(RENDERED_MARK);
    requestAnimationFrame(() => setTimeout(() => performance.mark(SHOWN_MARK)));
  }, [view, files.length]);

  useEffect(() => {
    if (!view || !files.length) return;
    const apart = view.otherCourse.length + view.duplicates.length + view.rejected.length;
    setStatus(t(cancelled ? 'class_loaded_cancelled' : 'class_loaded', [String(view.rows.length), String(apart)]));
  }, [view, files.length, cancelled]);

  useEffect(() => {
    if (!focusStatus.current || !status) return;
    focusStatus.current = false;
    statusLine.current?.focus();
  }, [status]);

  if (!effective || !course || !view) return <p>{t('options_loading')}</p>;

  const addFiles = (picked: PickedFile[]) => {
    for (const mark of MARKS) performance.clearMarks(mark);
    performance.mark(PICKED_MARK);
    read(picked);
  };
  const keep = async () => {
    try {
      const now = Date.now();
      await saved.save(files, now);
      setKeptAt(now);
    } catch (error) {
      setStatus(t('class_keep_failed', (error as Error)?.message ?? String(error)));
    }
  };
  const forget = async () => {
    await saved.forget();
    setKeptAt(undefined);
    setStatus(t('class_forgotten'));
  };

  return (
    <main>
      <h1>{t('class_heading')}</h1>
      <p class="muted" data-testid="class-course">
        {t('class_course_line', [effective.course.name, effective.fingerprint])}
      </p>
      <p class="no-print">{t('class_intro')}</p>
      <p class="trust" data-testid="class-trust">
        {t('class_trust')}
      </p>
      <p class="muted no-print">{t('class_private')}</p>
      <FilePicker onFiles={addFiles} />
      <ReadProgress reading={reading} onCancel={cancel} />
      <p role="status" class="status no-print" data-testid="class-status" ref={statusLine} tabIndex={-1}>
        {status}
      </p>
      {files.length === 0 ? (
        <p class="muted">{t('class_empty')}</p>
      ) : (
        <>
          <ClassSummary rows={view.rows} onShowStep={(step) => changeFilter({ ...NO_FILTER, next: step })} />
          <ClassActions
            onCsv={() =>
              saveFile(
                classCsvFileName(course.slug, Date.now()),
                new Blob([classCsv(shown)], { type: 'text/csv;charset=utf-8' }),
              )
            }
            onKeep={() => void keep()}
            onForget={() => void forget()}
            onStartOver={() => {
              setFiles([]);
              setChosen([]);
              setCancelled(false);
              changeFilter(NO_FILTER);
              setStatus('');
            }}
            {...(keptAt !== undefined ? { keptAt: formatDay(keptAt) } : {})}
          />
          <section aria-labelledby="table-heading" class="no-print">
            <h2 id="table-heading">{t('class_table_heading')}</h2>
            <TableFilters filter={filter} onChange={changeFilter} hasCollaborator={!!course.collaborator} />
            <p class="muted" data-testid="class-showing" aria-live="polite">
              {t('class_showing', [String(shown.length), String(view.rows.length)])}
              {inTable.length < shown.length && ` ${t('class_table_first', String(inTable.length))}`}
            </p>
            {table}
            <TablePager inTable={inTable.length} matching={shown.length} onMore={showMore} />
          </section>
          <SetApart view={view} onChoose={(label) => setChosen((c) => [...c.filter((l) => l !== label), label])} />
        </>
      )}
    </main>
  );
}
