import { useMemo, useState } from 'preact/hooks';
import { AnswerSheetSection } from '@/components/popup/AnswerSheetSection';
import { BuildStamp } from '@/components/popup/BuildStamp';
import { CourseHeader } from '@/components/popup/CourseHeader';
import { formatDay } from '@/components/format';
import { HandIn } from '@/components/popup/HandIn';
import { HelpResources } from '@/components/popup/HelpResources';
import { JourneyParts } from '@/components/popup/JourneyParts';
import { OverallProgress } from '@/components/popup/OverallProgress';
import type { ProgressClient } from '@/components/popup/progress-client';
import { ResetControl } from '@/components/popup/ResetControl';
import { SafeSection } from '@/components/popup/SafeSection';
import { ScrollsOpenedIntoView } from '@/components/popup/ScrollsOpenedIntoView';
import { useProgress } from '@/components/popup/use-progress';
import { UnsavedSteps } from '@/components/popup/UnsavedSteps';
import type { Course, HelpLinkId } from '@/domain/course/schema';
import { t } from '@/domain/i18n/t';
import type { HandInInput } from '@/domain/progress/hand-in';
import { describeJourney, type Journey } from '@/domain/progress/journey';
import { notRequiredSteps } from '@/domain/progress/requirements';
import { withTraineeName } from '@/domain/progress/trainee-name';
import type { StepStatuses } from '@/domain/progress/status-rows';
import type { StepId } from '@/domain/progress/steps';
import type { WorkspacePlatform } from '@/domain/workbench/workspace-platform';

export interface AppProps {
  course: Course;
  fingerprint: string;
  policyFingerprint?: string;
  client: ProgressClient;
  initialSteps: StepStatuses;
  initialError?: string;
  openUrl: (url: string) => void;
  /** The trainee's last name if another part of the extension stored it. */
  traineeName: () => Promise<string | undefined>;
}

export function App({
  course,
  fingerprint,
  policyFingerprint,
  client,
  initialSteps,
  initialError,
  openUrl,
  traineeName,
}: AppProps) {
  const progress = useProgress(client, initialSteps, initialError);
  const [notice, setNotice] = useState('');
  const skipped = useMemo(() => notRequiredSteps(course), [course]);
  // Computed inside the safe sections below: a damaged row must not take Export and Reset down with it.
  const journeyOf = (steps: StepStatuses) => describeJourney(steps, skipped);

  const summaryInput = async (): Promise<HandInInput> => ({
    trainee: (await traineeName()) || t('popup_trainee_default'),
    courseName: course.name,
    journey: journeyOf(progress.steps),
    formatDay,
    courseCollaborator: course.workspace.collaborator?.email,
  });

  return (
    <main>
      <SafeSection retryKey={course}>
        <CourseHeader course={course} />
      </SafeSection>
      {progress.error && (
        <p class="error" role="alert" data-testid="error">
          {progress.error}
        </p>
      )}
      {progress.unsaved && <UnsavedSteps unsaved={progress.unsaved} />}
      <SafeSection retryKey={progress.steps}>
        <Checklist
          journey={() => journeyOf(progress.steps)}
          platform={course.workspace.platform}
          openUrl={openUrl}
          onMark={(step) => void progress.mark(step)}
          onUndo={(step) => void progress.undoMark(step)}
        />
      </SafeSection>
      <div role="status" class="notice" data-testid="notice">
        {progress.undoable && (
          <p>
            {progress.undoable.text}{' '}
            <button
              type="button"
              class="small"
              data-testid="undo"
              onClick={() => void progress.undo().then(() => setNotice(t('popup_undo_done')))}
            >
              {t('popup_undo')}
            </button>
          </p>
        )}
        {notice && <p>{notice}</p>}
      </div>
      {/* Everything else is one click away: a row of one-line disclosures, each taking the full width when open. */}
      <div class="tools">
        <ScrollsOpenedIntoView class="tool answer-sheet-slot">
          <SafeSection retryKey={course}>
            <AnswerSheetSection course={course} lastName={traineeName} />
          </SafeSection>
        </ScrollsOpenedIntoView>
        <HandIn
          slug={course.slug}
          exportData={async () => {
            const data = await progress.exportData();
            return data && withTraineeName(data, await traineeName());
          }}
          importData={progress.importData}
          summaryInput={summaryInput}
          announce={setNotice}
          showError={progress.showError}
        />
        <SafeSection retryKey={progress.steps}>
          <StagedHelp course={course} journey={() => journeyOf(progress.steps)} />
        </SafeSection>
        <div class="tool reset-slot">
          <ResetControl onReset={progress.reset} />
        </div>
        <BuildStamp fingerprint={fingerprint} policyFingerprint={policyFingerprint} />
      </div>
    </main>
  );
}

interface ChecklistProps {
  journey: () => Journey;
  platform: WorkspacePlatform;
  openUrl: (url: string) => void;
  onMark: (step: StepId) => void;
  onUndo: (step: StepId) => void;
}

function Checklist({ journey, platform, openUrl, onMark, onUndo }: ChecklistProps) {
  const current = journey();
  return (
    <>
      <OverallProgress journey={current} platform={platform} openUrl={openUrl} />
      <JourneyParts journey={current} platform={platform} onMark={onMark} onUndo={onUndo} />
    </>
  );
}

function StagedHelp({ course, journey }: { course: Course; journey: () => Journey }) {
  return <HelpResources help={course.help} stage={journey().stage} linkIds={helpLinkIds(course)} />;
}

/**
 * Every help link the course has (defaults filled at build time); read from the course so the popup ships no schema.
 */
function helpLinkIds(course: Course): HelpLinkId[] {
  return (Object.keys(course.help) as Array<keyof Course['help']>).filter(
    (id): id is HelpLinkId => id !== 'helpDeskEmail',
  );
}
