// The legacy Share dialog helper's lasting text (its steps follow the dialog): who the search can find, and its source.
import { paragraphsOf, t } from '@/domain/i18n/t';
import { sourceLink, type TipProps } from './tip-content';

export function shareTip(source: string): Required<TipProps> {
  return {
    id: 'ws-share',
    title: t('wsShareTitle'),
    paragraphs: paragraphsOf('wsShareWhoIsFound'),
    links: [sourceLink(source)],
  };
}
