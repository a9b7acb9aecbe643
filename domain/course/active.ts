import type { BannerHelp } from './banner-help';
import type { Course } from './schema';
import type { ScriptCourse } from './script-course';

declare const __COURSE__: Course;
declare const __COURSE_FINGERPRINT__: string;

/** The course this extension was built for, validated at build time. */
export const builtInCourse: Course = __COURSE__;
export const builtInFingerprint: string = __COURSE_FINGERPRINT__;

declare const __SCRIPT_COURSE__: ScriptCourse;
/** The part of it the Workbench content scripts read (they carry this, not the whole course). */
export const builtInScriptCourse: ScriptCourse = __SCRIPT_COURSE__;

declare const __COURSE_HELP__: BannerHelp;
/** Only the banner's help links, for scripts that must not carry the whole course (Google's 403 page). */
export const builtInHelp: BannerHelp = __COURSE_HELP__;
