// Background: the one place requests are answered. Who is asking is checked first, then the request is
// validated (schema.ts), then handled; anything else (our own broadcast, other listeners' messages) is ignored.
import type { EffectiveCourse } from '../domain/course/effective';
import { handleProgressMessage, type HandlerDeps } from './handle-progress-message';
import { isRequestType, type Reply } from '../messaging/protocol';
import { requestSchema } from '../messaging/schema';
import { isAllowedSender, type Sender } from '../messaging/sender';

export interface AnswerDeps extends HandlerDeps {
  effectiveCourse: () => Promise<EffectiveCourse>;
  extensionId: string;
  /** "chrome-extension://<id>/" */
  extensionOrigin: string;
}

/** The reply to a message, or undefined when it is not a request to the background. */
export function answerRequest(raw: unknown, sender: Sender, deps: AnswerDeps): Promise<Reply> | undefined {
  const type = (raw as { type?: unknown } | null)?.type;
  if (!isRequestType(type)) return undefined;
  if (!isAllowedSender(type, sender, deps.extensionId, deps.extensionOrigin)) {
    return Promise.resolve({ ok: false, code: 'forbidden', error: `${type} is not accepted from this context` });
  }
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return Promise.resolve({ ok: false, error: `malformed ${type} message` });
  const request = parsed.data;
  if (request.type === 'course/effective') return deps.effectiveCourse().then((value) => ({ ok: true, value }));
  return handleProgressMessage(request, deps);
}
