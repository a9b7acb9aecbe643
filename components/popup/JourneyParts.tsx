import { useState } from 'preact/hooks';
import { t } from '@/domain/i18n/t';
import { partTitleKey, type Journey } from '@/domain/progress/journey';
import type { PartId, StepId } from '@/domain/progress/steps';
import type { WorkspacePlatform } from '@/domain/workbench/workspace-platform';
import { Disclosure } from './Disclosure';
import { currentPartId, partMeta, partPlace } from './part-folding';
import { StepRow } from './StepRow';

export interface JourneyPartsProps {
  journey: Journey;
  platform: WorkspacePlatform;
  onMark: (step: StepId) => void;
  onUndo: (step: StepId) => void;
}

/** The three parts as checklists: the current one open, the others one line each until the trainee opens them. */
export function JourneyParts({ journey, platform, onMark, onUndo }: JourneyPartsProps) {
  // Only what the trainee opened or closed; everything else follows the journey as progress arrives.
  const [chosen, setChosen] = useState<Partial<Record<PartId, boolean>>>({});
  const choose = (part: PartId, open: boolean) => setChosen((before) => ({ ...before, [part]: open }));
  const current = currentPartId(journey);
  return (
    <>
      {journey.parts.map((progress) => {
        const { part, steps } = progress;
        const place = partPlace(progress, current);
        const meta = partMeta(progress, place);
        // A part the trainee ticks in stays open, so finishing it never hides the button that has the focus.
        const keepOpen = () => choose(part.id, true);
        return (
          <div key={part.id} class="part" data-part={part.id} data-place={place}>
            <Disclosure
              id={`part-${part.id}`}
              open={chosen[part.id] ?? place === 'current'}
              onToggle={(open) => choose(part.id, open)}
              title={
                <>
                  {t(partTitleKey(part, platform))}
                  <span class="part-meta">
                    {' · '}
                    {t(meta.key, meta.substitutions)}
                    {place === 'done' && <span aria-hidden="true"> ✓</span>}
                  </span>
                </>
              }
            >
              <ol>
                {steps.map((item) => (
                  <StepRow
                    key={item.step.id}
                    item={item}
                    platform={platform}
                    onMark={() => {
                      keepOpen();
                      onMark(item.step.id);
                    }}
                    onUndo={() => {
                      keepOpen();
                      onUndo(item.step.id);
                    }}
                  />
                ))}
              </ol>
            </Disclosure>
          </div>
        );
      })}
    </>
  );
}
