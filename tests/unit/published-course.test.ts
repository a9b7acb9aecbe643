// The Workbench content script gets the policy-checked course from local storage, published by the background.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { builtInCourse, builtInFingerprint } from '@/utils/course/active';
import { keepCoursePublished, publishCourse } from '@/utils/course/publish-course';
import { onCoursePublished, readPublishedCourse, sameCourse } from '@/utils/course/published-course';

// The key earlier versions wrote: a published course survives an upgrade.
const PUBLISHED_COURSE_KEY = 'publishedCourse';

const stored = async () => (await fakeBrowser.storage.local.get(PUBLISHED_COURSE_KEY))[PUBLISHED_COURSE_KEY];

describe('the course published for content scripts', () => {
  it('is the built-in course when no policy is set, read without messaging the background', async () => {
    await publishCourse();
    expect(await stored()).toEqual({ fingerprint: builtInFingerprint, course: builtInCourse });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    expect(await readPublishedCourse()).toEqual(builtInCourse);
    expect(send).not.toHaveBeenCalled();
  });

  it('carries the IT policy, and is rewritten only when it changed (open pages re-run only then)', async () => {
    await fakeBrowser.storage.managed.set({ workspace: { nameTemplate: '{lastName}_IT' } });
    await publishCourse();
    expect((await readPublishedCourse())?.workspace.nameTemplate).toBe('{lastName}_IT');
    const write = vi.spyOn(fakeBrowser.storage.local, 'set');
    await publishCourse();
    expect(write).not.toHaveBeenCalled();
  });

  it('a policy change reaches listening pages', async () => {
    keepCoursePublished();
    await vi.waitFor(async () => expect(await stored()).toBeDefined());
    const heard = vi.fn();
    const stop = onCoursePublished(heard);
    await fakeBrowser.storage.managed.set({ instructor: { name: 'IT desk' } });
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    expect(heard.mock.calls[0]![0].instructor.name).toBe('IT desk');
    stop();
  });

  it('a course left by an earlier build is never used (the content script keeps its built-in course)', async () => {
    await fakeBrowser.storage.local.set({ [PUBLISHED_COURSE_KEY]: { fingerprint: 'an-older-build', course: { ...builtInCourse, name: 'Old course' } } });
    expect(await readPublishedCourse()).toBeUndefined();
  });

  it('with nothing published it answers at once, without asking the background (the first page after install)', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    expect(await readPublishedCourse()).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });

  it('the published copy of the built-in course counts as the same course whatever its key order (open pages do not re-run)', async () => {
    await publishCourse();
    const published = (await readPublishedCourse())!;
    const reordered = Object.fromEntries(Object.entries(published).reverse()) as typeof published;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(builtInCourse));
    expect(sameCourse(reordered, builtInCourse)).toBe(true);
    expect(sameCourse({ ...reordered, name: 'Other' }, builtInCourse)).toBe(false);
  });
});
