// The Workbench content script gets the policy-checked course from local storage, published by the background.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { builtInCourse, builtInFingerprint, builtInScriptCourse } from '@/domain/course/active';
import { keepCoursePublished, publishCourse } from '@/background/course-publisher';
import { onCoursePublished, readPublishedCourse, sameCourse } from '@/state/published-course';
import { SCRIPT_HELP_KEYS, scriptCourse } from '@/domain/course/script-course';

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
    await fakeBrowser.storage.local.set({
      [PUBLISHED_COURSE_KEY]: { fingerprint: 'an-older-build', course: { ...builtInCourse, name: 'Old course' } },
    });
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
    expect(sameCourse(scriptCourse(reordered), builtInScriptCourse)).toBe(true);
    expect(sameCourse({ ...reordered, instructor: { ...reordered.instructor, name: 'Other' } }, builtInCourse)).toBe(
      false,
    );
  });
});

describe('the course a Workbench content script carries', () => {
  it('is the part its features read: the Research Use Statement answers, the workspace rule and only the help links its tips cite', () => {
    expect(builtInScriptCourse).toEqual(scriptCourse(builtInCourse));
    expect(Object.keys(builtInScriptCourse).sort()).toEqual([
      'answers',
      'help',
      'instructor',
      'notRequiredSteps',
      'workspace',
    ]);
    expect(Object.keys(builtInScriptCourse.help).sort()).toEqual([...SCRIPT_HELP_KEYS].sort());
    // Control: the course itself has more links (the popup's and the options page's).
    expect(Object.keys(builtInCourse.help).length).toBeGreaterThan(SCRIPT_HELP_KEYS.length);
    expect(builtInCourse.help).toMatchObject(builtInScriptCourse.help);
  });

  it('a published course that differs only in what the script does not carry changes nothing on open pages', () => {
    const elsewhere = {
      ...builtInCourse,
      name: 'Renamed',
      help: { ...builtInCourse.help, videos: 'https://example.edu/videos' },
    };
    expect(sameCourse(scriptCourse(elsewhere), builtInScriptCourse)).toBe(true);
    const cited = { ...builtInCourse, help: { ...builtInCourse.help, dataAccessGuide: 'https://example.edu/guide' } };
    expect(sameCourse(scriptCourse(cited), builtInScriptCourse)).toBe(false);
  });
});
