/** @jsxImportSource @/ui/dom-jsx */
// Beside the workspace name field of Researcher Workbench 2.0: the course's name rule, and one click to put it in.
import type { ScriptCourse } from '@/domain/course/script-course';
import { t } from '@/domain/i18n/t';
import { setText } from '@/prefill/drivers';
import { composeWorkspaceName, needsLastName } from '@/prefill/plan';
import { loadLastName, saveLastName } from '@/state/prefill-notes';

export function Rw2NameOffer({
  course,
  field,
}: {
  course: ScriptCourse;
  field: () => HTMLInputElement | HTMLTextAreaElement | undefined;
}): Node {
  const template = course.workspace.nameTemplate;
  const askName = needsLastName(template);
  const example = composeWorkspaceName(template, 'Garcia')?.value ?? template;
  const lastName = (<input type="text" name="wbc-last-name" maxlength="80" />) as HTMLInputElement;
  const status = (<p role="status" aria-live="polite" />) as HTMLElement;
  const put = async () => {
    const name = composeWorkspaceName(template, lastName.value)?.value;
    const input = field();
    if (!name) return lastName.focus();
    if (!input) {
      status.textContent = t('notFoundDoByHand', t('rw2_q_name'));
      return;
    }
    if (askName) await saveLastName(lastName.value);
    // The trainee's click writes it; the page's own Next stays theirs to press.
    setText(input, name);
    status.textContent = t('rw2_name_done', name);
  };
  void loadLastName().then((stored) => {
    lastName.value ||= stored;
  });
  const [rule, hint] = t('rw2_name_body', [template, example]).split('\n');
  return (
    <div class="wbc wbc-tip" role="note" aria-label={t('rw2_name_title')}>
      <p class="wbc-tip-title">{t('rw2_name_title')}</p>
      <p>{rule}</p>
      {askName && <p>{hint}</p>}
      {askName && (
        <p>
          {/* biome-ignore lint/a11y/noLabelWithoutControl: the label wraps the input, a DOM node held in `lastName` */}
          <label>
            {t('wsLastNameLabel')} {lastName}
          </label>
        </p>
      )}
      <p>
        <button type="button" class="wbc-button" data-action="name" onClick={() => void put()}>
          {t('rw2_name_use')}
        </button>
      </p>
      {status}
    </div>
  );
}
