import { t } from '@/domain/i18n/t';
import { partTitleKey, type Journey } from '@/domain/progress/journey';
import type { StepId } from '@/domain/progress/steps';
import type { WorkspacePlatform } from '@/domain/workbench/workspace-platform';
import { StepRow } from './StepRow';

export interface JourneyPartsProps {
  journey: Journey;
  platform: WorkspacePlatform;
  onMark: (step: StepId) => void;
  onUndo: (step: StepId) => void;
}

/** The three parts as checklists. */
export function JourneyParts({ journey, platform, onMark, onUndo }: JourneyPartsProps) {
  return (
    <>
      {journey.parts.map(({ part, steps, done, required }) => (
        <section key={part.id} aria-labelledby={`part-${part.id}`} class="part" data-part={part.id}>
          <h2 id={`part-${part.id}`}>
            {t(partTitleKey(part, platform))}
            <span class="part-meta">
              {' '}
              ·{' '}
              {t('popup_part_meta', [String(done), String(required), String(part.minutes[0]), String(part.minutes[1])])}
            </span>
          </h2>
          <ol>
            {steps.map((item) => (
              <StepRow
                key={item.step.id}
                item={item}
                platform={platform}
                onMark={() => onMark(item.step.id)}
                onUndo={() => onUndo(item.step.id)}
              />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
