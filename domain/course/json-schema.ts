// Build-time only: the JSON Schemas generated from the zod course schema (committed by `npm run schema`).
import * as z from 'zod/mini';
import { fieldDoc } from './field-docs';
import { POLICY_PATHS } from './policy';
import { courseSchema } from './schema';

type JsonSchema = {
  [key: string]: unknown;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
};

export const COURSE_SCHEMA_FILE = 'courses/course.schema.json';
export const MANAGED_SCHEMA_FILE = 'public/managed_schema.json';

/** JSON Schema for course files: what editors use to autocomplete and flag mistakes. */
export function courseJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(courseSchema, {
    io: 'input',
    target: 'draft-07',
    unrepresentable: 'any',
  }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return { $schema, title: 'Workbench Companion course', ...annotate(rest, '') };
}

function annotate(node: JsonSchema, path: string): JsonSchema {
  const result: JsonSchema = { ...node };
  const doc = path ? fieldDoc(path) : undefined;
  if (doc) result.description = doc;
  // zod checks blank text and the https scheme in code; say the same to editors where JSON Schema can.
  if (result.type === 'string' && result.format === 'uri') result.pattern = '^https://';
  if (result.type === 'string' && typeof result.maxLength === 'number' && !result.pattern) result.minLength = 1;
  if (node.properties) {
    result.properties = Object.fromEntries(
      Object.entries(node.properties).map(([key, child]) => [key, annotate(child, path ? `${path}.${key}` : key)]),
    );
  }
  if (node.anyOf) result.anyOf = node.anyOf.map((branch) => annotate(branch, path));
  if (node.items) result.items = annotate(node.items, `${path}[]`);
  if (result.anyOf && result.description) result.anyOf = result.anyOf.map(({ description: _d, ...branch }) => branch);
  return result;
}

/** Chrome's storage.managed_schema: the course values an administrator may set by policy. */
export function managedStorageSchema(): JsonSchema {
  const course = courseJsonSchema();
  const root: JsonSchema = { type: 'object', properties: {} };
  for (const path of POLICY_PATHS) {
    const keys = path.split('.');
    let target = root;
    keys.forEach((key, index) => {
      target.properties ??= {};
      const properties = target.properties;
      if (index === keys.length - 1) properties[key] = chromePolicyNode(schemaAt(course, keys), path);
      else {
        properties[key] ??= { type: 'object', properties: {} };
        target = properties[key];
      }
    });
  }
  return root;
}

function schemaAt(root: JsonSchema, keys: string[]): JsonSchema {
  let node: JsonSchema | undefined = root;
  for (const key of keys) {
    const withProperties: JsonSchema | undefined = node?.properties
      ? node
      : node?.anyOf?.find((branch) => branch.properties);
    node = withProperties?.properties?.[key];
    if (!node) throw new Error(`Policy field ${keys.join('.')} is not in the course schema`);
  }
  return node;
}

// Chrome's policy schema knows only a subset of JSON Schema: keep types, enums, array items and texts.
function chromePolicyNode(node: JsonSchema, path: string): JsonSchema {
  const result: JsonSchema = { type: node.type, title: path };
  if (node.description) result.description = node.description;
  if (node.enum) result.enum = node.enum;
  if (node.items) result.items = { type: node.items.type, ...(node.items.enum ? { enum: node.items.enum } : {}) };
  return result;
}

export function schemaFileText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
