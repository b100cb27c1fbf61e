import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { InputError } from './errors/input-error';
import { jsonSchema } from './json-schema';
import { prepareSchema } from './schema';

describe('prepareSchema', () => {
  it('turns zod into JSON Schema without $schema and validates with zod', async () => {
    const prepared = prepareSchema(z.object({ n: z.number() }), 'x');
    expect(prepared.jsonSchema).toEqual({ type: 'object', properties: { n: { type: 'number' } }, required: ['n'] });
    expect(await prepared.validate!({ n: 1 })).toEqual({ success: true, value: { n: 1 } });
    expect((await prepared.validate!({ n: 'x' })).success).toBe(false);
  });

  it('inlines $defs references', () => {
    const Item = z.object({ id: z.string() });
    const prepared = prepareSchema(z.object({ a: Item, b: Item }), 'x');
    expect(JSON.stringify(prepared.jsonSchema)).not.toContain('$ref');
  });

  it('uses the validate function given to jsonSchema()', async () => {
    const prepared = prepareSchema(
      jsonSchema<{ a: string }>({ type: 'object' }, { validate: (v) => (typeof (v as { a?: unknown }).a === 'string' ? { success: true, value: v as { a: string } } : { success: false, issues: ['a'] }) }),
      'x',
    );
    expect(await prepared.validate!({ a: 'y' })).toEqual({ success: true, value: { a: 'y' } });
    expect(await prepared.validate!({})).toEqual({ success: false, issues: ['a'] });
  });

  it('accepts plain JSON Schema without a validator', () => {
    expect(prepareSchema({ type: 'object' }, 'x')).toEqual({ jsonSchema: { type: 'object' } });
  });

  it('takes a schema it prepared back as is, alone or in jsonSchema(), without a second ref-inlining copy', async () => {
    const Item = z.object({ id: z.string() }).meta({ id: 'SchemaTestItem' });
    const first = prepareSchema(z.object({ a: Item, b: Item }), 'x');
    expect(prepareSchema(first.jsonSchema, 'x').jsonSchema).toBe(first.jsonSchema);
    const validate = (v: unknown) => ({ success: true as const, value: v });
    const again = prepareSchema(jsonSchema(first.jsonSchema, { validate }), 'x');
    expect(again.jsonSchema).toBe(first.jsonSchema);
    expect(await again.validate!({ a: 1 })).toEqual({ success: true, value: { a: 1 } });
  });

  it("copies a caller's own JSON Schema rather than taking it as prepared", () => {
    const own = { type: 'object', properties: { a: { type: 'string' } } };
    const first = prepareSchema(own, 'x');
    expect(first.jsonSchema).not.toBe(own);
    expect(prepareSchema(own, 'x').jsonSchema).not.toBe(own);
  });

  it.each([[z.string()], [42], [{ type: 'array' }]])('refuses %o', (schema) => {
    expect(() => prepareSchema(schema as never, 'tool "t"')).toThrow(InputError);
  });
});
