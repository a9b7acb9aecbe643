import { safeHref } from '@/guidance/tip-content';
import type { Course } from '@/domain/course/schema';
import { t } from '@/domain/i18n/t';
import { LockBadge } from './LockBadge';
import { isLocked, previewValues, type PreviewPageId } from './preview-values';
import { previewTips, type PreviewTip } from './tip-sources';

/** One Workbench page (or the popup): the course values used there, then its tips, as text. */
export function PagePreview({
  page,
  course,
  lockedPaths,
}: {
  page: PreviewPageId;
  course: Course;
  lockedPaths: string[];
}) {
  const values = previewValues(course, page);
  const tips = previewTips(page, course);
  if (values.length === 0 && tips.length === 0) return null;
  return (
    <section class="page" data-page={page} aria-labelledby={`page-${page}`}>
      <h3 id={`page-${page}`}>{t(`options_page_${page}`)}</h3>
      {values.length > 0 && (
        <dl class="values">
          {values.map((value) => (
            <div
              key={`${value.label}-${value.path ?? ''}`}
              class="value"
              data-path={value.path}
              data-locked={isLocked(value.path, lockedPaths) ? 'true' : undefined}
            >
              <dt>
                {value.label} {isLocked(value.path, lockedPaths) && <LockBadge />}
              </dt>
              <dd class={value.long ? 'long' : undefined}>
                {value.href && safeHref(value.href) ? (
                  <a href={safeHref(value.href)} target="_blank" rel="noopener noreferrer">
                    {value.value}
                  </a>
                ) : (
                  value.value
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {tips.length > 0 && (
        <>
          <h4>{t('options_tips_heading')}</h4>
          {tips.map((tip) => (
            <StaticTip key={tip.id} tip={tip} />
          ))}
        </>
      )}
    </section>
  );
}

/** A tip as trainees see it, minus the hide button (hiding here would hide it for real). */
function StaticTip({ tip }: { tip: PreviewTip }) {
  return (
    <article class="tip" data-tip={tip.id}>
      <p class="tip-title">{tip.title}</p>
      {tip.paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
      {tip.links.length > 0 && (
        <ul>
          {tip.links.map((link) => (
            <li key={`${link.href}-${link.label}`}>
              <a href={safeHref(link.href)} target="_blank" rel="noopener noreferrer">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
