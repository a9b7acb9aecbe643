// Name and version of the progress database, apart from the migrations so the popup can read without them.
export const DB_NAME = 'workbench-companion';
/** Must equal MIGRATIONS.length (a unit test checks it). */
export const DB_VERSION = 2;
export const CURRENT_STORE = 'current';
