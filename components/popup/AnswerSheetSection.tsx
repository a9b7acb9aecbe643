import { useEffect, useRef, useState } from 'preact/hooks';
import type { Course } from '@/domain/course/schema';
import { answerSheet } from '@/guidance/answer-sheet';
import { AnswerSheet } from '@/ui/AnswerSheet';

export interface AnswerSheetSectionProps {
  course: Course;
  /** The trainee's last name, if the workspace form asked for it already. */
  lastName: () => Promise<string | undefined>;
}

/** The popup's place for the one answer sheet view (the same one the Workbench pages show), at any time. */
export function AnswerSheetSection({ course, lastName }: AnswerSheetSectionProps) {
  const host = useRef<HTMLDivElement>(null);
  const [name, setName] = useState<string | undefined>();
  // Once: the name is stored by the workspace form, not while the popup is open.
  useEffect(() => void lastName().then(setName), []);
  useEffect(() => host.current?.replaceChildren(AnswerSheet({ rows: answerSheet(course, name) })), [course, name]);
  return <div class="answer-sheet" data-testid="answer-sheet" ref={host} />;
}
