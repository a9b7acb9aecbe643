// `npm run schema`: regenerates the committed JSON Schemas from the zod course schema.
import { writeFileSync } from 'node:fs';
import {
  COURSE_SCHEMA_FILE,
  courseJsonSchema,
  MANAGED_SCHEMA_FILE,
  managedStorageSchema,
  schemaFileText,
} from '../domain/course/json-schema';

writeFileSync(COURSE_SCHEMA_FILE, schemaFileText(courseJsonSchema()));
writeFileSync(MANAGED_SCHEMA_FILE, schemaFileText(managedStorageSchema()));
console.log(`Wrote ${COURSE_SCHEMA_FILE} (course files) and ${MANAGED_SCHEMA_FILE} (Chrome policy).`);
