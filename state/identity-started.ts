// Remembers that the trainee started identity verification (pressed Get Started), so a row still grey
// after they come back can be explained. Only the moment is kept, nothing about the verification.
import { identityStartedAt as startedAt } from './items';

export async function noteIdentityStarted(at = Date.now()): Promise<void> {
  await startedAt.setValue(at);
}

export async function identityStartedAt(): Promise<number | undefined> {
  const value: unknown = await startedAt.getValue();
  return typeof value === 'number' ? value : undefined;
}
