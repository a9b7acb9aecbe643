import type { Course, HelpLinkId } from '@/domain/course/schema';
import { t } from '@/domain/i18n/t';
import { orderHelpLinks, safeHttpsUrl } from '@/domain/progress/help-order';
import type { Stage } from '@/domain/progress/journey';
import { Disclosure } from './Disclosure';

export interface HelpResourcesProps {
  help: Course['help'];
  stage: Stage;
  linkIds: readonly HelpLinkId[];
}

/** Where to get help, what fits the trainee's stage first; every link https and in a new tab; one line until opened. */
export function HelpResources({ help, stage, linkIds }: HelpResourcesProps) {
  const available = linkIds.filter((id) => safeHttpsUrl(help[id]));
  const { suggested, more } = orderHelpLinks(stage, available);
  return (
    <Disclosure id="help" title={t('popup_help_heading')} class="help tool">
      <p class="muted">{t('popup_help_email', help.helpDeskEmail)}</p>
      <HelpList ids={suggested} help={help} testId="help-suggested" />
      {more.length > 0 && (
        <details>
          <summary>{t('popup_help_more')}</summary>
          <HelpList ids={more} help={help} testId="help-more" />
        </details>
      )}
    </Disclosure>
  );
}

function HelpList({ ids, help, testId }: { ids: HelpLinkId[]; help: Course['help']; testId: string }) {
  return (
    <ul class="links" data-testid={testId}>
      {ids.map((id) => (
        <li key={id} data-help={id}>
          <a href={safeHttpsUrl(help[id])} target="_blank" rel="noopener noreferrer">
            {t(`popup_help_${id}`)}
          </a>
        </li>
      ))}
    </ul>
  );
}
