// The Workbench content script gets the policy-checked course from local storage, published by the background.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { builtInCourse, builtInFingerprint } from '@/utils/course/active';
import { answerCourseRequests } from '@/utils/course/effective';
import { keepCoursePublished, publishCourse } from '@/utils/course/publish-course';
import { onCoursePublished, PUBLISHED_COURSE_KEY, readPublishedCourse } from '@/utils/course/published-course';

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

  it('a course left by an earlier build is never used: the background is asked instead', async () => {
    answerCourseRequests();
    await fakeBrowser.storage.managed.set({ workspace: { nameTemplate: '{lastName}_NOW' } });
    await fakeBrowser.storage.local.set({ [PUBLISHED_COURSE_KEY]: { fingerprint: 'an-older-build', course: { ...builtInCourse, name: 'Old course' } } });
    const course = await readPublishedCourse();
    expect(course?.name).toBe(builtInCourse.name);
    expect(course?.workspace.nameTemplate).toBe('{lastName}_NOW');
  });

  it('with nothing published and no background answering there is no course (the page shows nothing rather than guessing)', async () => {
    expect(await readPublishedCourse()).toBeUndefined();
  });
});
