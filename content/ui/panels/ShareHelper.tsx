/** @jsxImportSource @/ui/dom-jsx */
import { TipLinks } from '@/content/ui/Tip';
import { query, queryAll, textOf } from '@/site/dom';
import { t } from '@/domain/i18n/t';
import { setText } from '@/prefill/drivers';
import * as sel from '@/site/selectors';
import { shareTip } from '@/guidance/share-tips';
import { roleMessageKey, WORKBENCH_ROLE_NAMES, type CollaboratorRole } from '@/domain/workbench/collaborator-role';

export type Role = CollaboratorRole;

/** The role the Share dialog shows for an email ("Select Reader role for a@b.org"), if that row exists. */
export function shownRole(doc: ParentNode, email: string): string | undefined {
  const wanted = email.toLowerCase();
  const row = queryAll(doc, sel.shareCollaboratorRow).find(
    (r) => textOf(query(r, sel.shareCollaboratorEmail)).toLowerCase() === wanted,
  );
  if (!row) return undefined;
  return /^Select (\S+) role for /.exec(query(row, sel.shareRoleValue)?.getAttribute('aria-label') ?? '')?.[1] ?? '';
}

/**
 * Inside the Share dialog: types the instructor's email into "Find Collaborators" and walks the trainee through the
 * rest.
 */
export function ShareHelper({
  doc,
  email,
  role,
  watch,
  source,
}: {
  doc: Document;
  email: string;
  role: Role;
  watch: (onChange: () => void) => void;
  source: string;
}): Node {
  const roleName = t(roleMessageKey(role));
  const find = () => {
    const box = query<HTMLInputElement>(doc, sel.shareDialogSearch);
    if (box) setText(box, email);
  };
  const view = (search: HTMLInputElement | null, shown: string | undefined) =>
    !search ? (
      <p class="wbc-warn">{t('notFoundDoByHand', 'Find Collaborators')}</p>
    ) : search.disabled ? (
      <p class="wbc-warn">{t('wsShareDisabled')}</p>
    ) : shown === undefined ? (
      <>
        <p>
          <button type="button" class="wbc-button" data-action="find" onClick={find}>
            {t('wsShareFind', email)}
          </button>
        </p>
        <ol>
          <li>{t('wsShareStepAdd', email)}</li>
          <li>{t('wsShareStepRole', roleName)}</li>
          <li>{t('wsShareStepSave')}</li>
        </ol>
      </>
    ) : (
      <>
        <p data-shown-role={shown}>{t('wsShareAdded', [email, shown || '—'])}</p>
        {shown !== WORKBENCH_ROLE_NAMES[role] && <p class="wbc-warn">{t('wsShareRoleWrong', roleName)}</p>}
        <p>{t('wsShareStepSave')}</p>
      </>
    );

  const body = (<div />) as HTMLElement;
  let drawn = '';
  const draw = () => {
    const search = query<HTMLInputElement>(doc, sel.shareDialogSearch);
    const shown = shownRole(doc, email);
    const key = JSON.stringify([Boolean(search), search?.disabled, shown]);
    if (key === drawn) return;
    drawn = key;
    body.replaceChildren(view(search, shown));
  };
  draw();
  // Follow the dialog as the trainee adds the row or changes its role.
  watch(draw);
  const tip = shareTip(source);
  return (
    <div class="wbc wbc-tip" data-wbc-share="" role="note" aria-label={tip.title}>
      <p class="wbc-tip-title">{tip.title}</p>
      {body}
      {tip.paragraphs.map((text) => (
        <p>{text}</p>
      ))}
      <TipLinks links={tip.links} />
    </div>
  );
}
