import type { ServiceModel } from '../load-service-model';

/** One constraint violation, in the service's words. */
export interface ShapeViolation {
  path: string;
  value: unknown;
  constraint: string;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Checks a JSON value against a shape of the service model: structures
 * (required members, unknown keys, unions with exactly one member),
 * lists, maps, strings (enum, length), numbers, booleans, blobs (base64),
 * documents (any JSON). Members bound to the URI or headers are not part
 * of the body and are skipped. Paths follow the service's style
 * (`messages.1.member.content`).
 */
export function validateShape(model: ServiceModel, shapeName: string, value: unknown, path = ''): ShapeViolation[] {
  const out: ShapeViolation[] = [];
  walk(model, shapeName, value, path, out);
  return out;
}

function walk(model: ServiceModel, shapeName: string, value: unknown, path: string, out: ShapeViolation[]): void {
  const shape = model.shapes[shapeName];
  if (!shape || value === undefined) return;
  const fail = (constraint: string) => out.push({ path, value, constraint });
  if (value === null) return void fail('Member must not be null');
  switch (shape.type) {
    case 'structure': {
      if (shape.document) return;
      if (typeof value !== 'object' || Array.isArray(value)) return void fail(`Member must be an object of type ${shapeName}`);
      const record = value as Record<string, unknown>;
      const members = shape.members ?? {};
      for (const key of Object.keys(record)) {
        const member = members[key];
        if (!member || member.location) out.push({ path: join(path, key), value: record[key], constraint: `Member is not a known field of ${shapeName}` });
      }
      for (const name of shape.required ?? []) {
        if (members[name]?.location) continue;
        if (record[name] === undefined || record[name] === null) out.push({ path: join(path, name), value: null, constraint: 'Member must not be null' });
      }
      if (shape.union) {
        const set = Object.keys(record).filter((key) => record[key] !== undefined && record[key] !== null && members[key]);
        if (set.length !== 1) fail(`Member must have exactly one member set (${set.length} set) for union ${shapeName}`);
      }
      for (const [key, member] of Object.entries(members)) {
        if (!member.location && record[key] !== undefined) walk(model, member.shape, record[key], join(path, key), out);
      }
      return;
    }
    case 'list': {
      if (!Array.isArray(value)) return void fail('Member must be a list');
      checkLength(shape, value.length, fail, 'length');
      value.forEach((item, index) => walk(model, shape.member!.shape, item, `${join(path, String(index + 1))}.member`, out));
      return;
    }
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) return void fail('Member must be a map');
      checkLength(shape, Object.keys(value as object).length, fail, 'length');
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        walk(model, shape.key!.shape, key, `${join(path, key)}.key`, out);
        walk(model, shape.value!.shape, item, `${join(path, key)}.value`, out);
      }
      return;
    }
    case 'string': {
      if (typeof value !== 'string') return void fail('Member must be a string');
      if (shape.enum && !shape.enum.includes(value)) return void fail(`Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
      checkLength(shape, value.length, fail, 'length');
      if (shape.pattern !== undefined && !matchesPattern(shape.pattern, value)) fail(`Member must satisfy regular expression pattern: ${shape.pattern}`);
      return;
    }
    case 'integer':
    case 'long': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return void fail('Member must be an integer');
      checkRange(shape, value, fail);
      return;
    }
    case 'float':
    case 'double': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return void fail('Member must be a number');
      checkRange(shape, value, fail);
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') fail('Member must be a boolean');
      return;
    case 'blob':
      if (typeof value !== 'string' || !BASE64.test(value)) fail('Member must be a base64-encoded blob');
      else checkLength(shape, Math.floor((value.length * 3) / 4), fail, 'length');
      return;
    case 'timestamp':
      if (typeof value !== 'number' && typeof value !== 'string') fail('Member must be a timestamp');
      return;
  }
}

function checkLength(shape: { min?: number; max?: number }, length: number, fail: (c: string) => void, what: string): void {
  if (shape.min !== undefined && length < shape.min) fail(`Member must have ${what} greater than or equal to ${shape.min}`);
  if (shape.max !== undefined && length > shape.max) fail(`Member must have ${what} less than or equal to ${shape.max}`);
}

function checkRange(shape: { min?: number; max?: number }, value: number, fail: (c: string) => void): void {
  if (shape.min !== undefined && value < shape.min) fail(`Member must have value greater than or equal to ${shape.min}`);
  if (shape.max !== undefined && value > shape.max) fail(`Member must have value less than or equal to ${shape.max}`);
}

const patterns = new Map<string, RegExp | null>();

/**
 * Whether a string matches a service-model pattern as a whole (the service's
 * validator matches the entire value). A pattern JavaScript cannot compile is
 * not enforced rather than refusing valid requests.
 */
export function matchesPattern(pattern: string, value: string): boolean {
  let regex = patterns.get(pattern);
  if (regex === undefined) {
    try {
      regex = new RegExp(`^(?:${pattern})$`, 's');
    } catch {
      regex = null;
    }
    patterns.set(pattern, regex);
  }
  return regex === null || regex.test(value);
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** The service's message for a list of violations: `1 validation error detected: Value … at '…' failed to satisfy constraint: …`. */
export function formatViolations(violations: readonly ShapeViolation[]): string {
  const shown = violations.slice(0, 10);
  const count = violations.length;
  const parts = shown.map((v) => `Value ${describeValue(v.value)} at '${v.path}' failed to satisfy constraint: ${v.constraint}`);
  return `${count} validation error${count === 1 ? '' : 's'} detected: ${parts.join('; ')}`;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 60)}…` : value}'`;
  if (typeof value === 'object') return Array.isArray(value) ? '[…]' : '{…}';
  return `'${String(value)}'`;
}
