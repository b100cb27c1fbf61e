import { readFileSync } from 'node:fs';
import { conformancePath } from '@bedrock-kit/test-utils';

interface Shape {
  type: string;
  members?: Record<string, { shape: string }>;
  member?: { shape: string };
  value?: { shape: string };
  required?: string[];
  union?: boolean;
  enum?: string[];
  /** Free JSON (`Document`), e.g. a tool's input schema. */
  document?: boolean;
}

const serviceModel = JSON.parse(
  readFileSync(conformancePath('bedrock-runtime-model', 'botocore', 'service-2.json'), 'utf8'),
) as { shapes: Record<string, Shape> };

/**
 * Checks a JSON value against a shape of the vendored Bedrock Runtime service
 * model (botocore `service-2.json`): known members only, required members
 * present, unions with exactly one member, enums, scalar types. Returns the
 * problems found (empty when valid). Blobs are base64 strings on the wire.
 */
export function validateServiceShape(value: unknown, shapeName: string, path = shapeName): string[] {
  const shape = serviceModel.shapes[shapeName];
  if (!shape) return [`${path}: unknown shape ${shapeName}`];
  if (shape.document) return [];
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: expected an object`];
      const record = value as Record<string, unknown>;
      const problems: string[] = [];
      const keys = Object.keys(record);
      if (shape.union && keys.length !== 1) problems.push(`${path}: a union needs exactly one member, got ${keys.join(', ')}`);
      for (const name of shape.required ?? []) if (!(name in record)) problems.push(`${path}.${name}: required`);
      for (const key of keys) {
        const member = shape.members?.[key];
        if (!member) problems.push(`${path}.${key}: not a member of ${shapeName}`);
        else problems.push(...validateServiceShape(record[key], member.shape, `${path}.${key}`));
      }
      return problems;
    }
    case 'list':
      if (!Array.isArray(value)) return [`${path}: expected a list`];
      return value.flatMap((item, i) => validateServiceShape(item, shape.member!.shape, `${path}[${i}]`));
    case 'map':
      if (typeof value !== 'object' || value === null) return [`${path}: expected a map`];
      return Object.entries(value).flatMap(([k, v]) => validateServiceShape(v, shape.value!.shape, `${path}.${k}`));
    case 'string':
      if (typeof value !== 'string') return [`${path}: expected a string`];
      return shape.enum && !shape.enum.includes(value) ? [`${path}: ${value} not in ${shape.enum.join('|')}`] : [];
    case 'blob':
      return typeof value === 'string' ? [] : [`${path}: expected base64`];
    case 'integer':
    case 'long':
      return Number.isInteger(value) ? [] : [`${path}: expected an integer`];
    case 'float':
    case 'double':
      return typeof value === 'number' ? [] : [`${path}: expected a number`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: expected a boolean`];
    default:
      // Timestamps and other types these tests never meet.
      return [];
  }
}
