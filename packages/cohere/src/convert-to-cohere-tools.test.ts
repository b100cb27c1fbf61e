import { InputError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { convertToCohereTools } from './convert-to-cohere-tools';

const convert = (properties: Record<string, unknown>, required: string[] = []) =>
  convertToCohereTools([{ name: 't', inputSchema: { type: 'object', properties, required } }])[0]!.parameter_definitions;

describe('convertToCohereTools', () => {
  it('maps JSON Schema scalar types to Python type names and marks required ones', () => {
    expect(
      convert(
        { s: { type: 'string' }, i: { type: 'integer' }, n: { type: 'number' }, b: { type: 'boolean' } },
        ['s', 'n'],
      ),
    ).toEqual({
      s: { type: 'str', required: true },
      i: { type: 'int', required: false },
      n: { type: 'float', required: true },
      b: { type: 'bool', required: false },
    });
  });

  it('maps arrays to List[...] and nested objects to Dict, keeping the inner schema in the description', () => {
    const defs = convert({
      tags: { type: 'array', items: { type: 'string' } },
      any: { type: 'array' },
      rows: { type: 'array', items: { type: 'object', properties: { id: { type: 'integer' } } } },
      address: { type: 'object', description: 'Postal address', properties: { city: { type: 'string' } }, required: ['city'] },
    });
    expect(defs.tags).toEqual({ type: 'List[str]', required: false });
    expect(defs.any).toEqual({ type: 'List', required: false });
    expect(defs.rows?.type).toBe('List[Dict]');
    expect(defs.rows?.description).toContain('"id":{"type":"integer"}');
    expect(defs.address).toEqual({
      type: 'Dict',
      required: false,
      description: 'Postal address JSON Schema: {"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}',
    });
  });

  it('keeps enum values in the description', () => {
    expect(convert({ unit: { type: 'string', enum: ['C', 'F'], description: 'Unit' } }).unit).toEqual({
      type: 'str',
      required: false,
      description: 'Unit One of: "C", "F".',
    });
  });

  it('treats nullable values (type list or anyOf with null) as the non-null type, not required', () => {
    const defs = convert(
      { a: { type: ['string', 'null'] }, b: { anyOf: [{ type: 'integer', description: 'count' }, { type: 'null' }] } },
      ['a', 'b'],
    );
    expect(defs.a).toEqual({ type: 'str', required: false });
    expect(defs.b).toEqual({ type: 'int', required: false, description: 'count' });
  });

  it('gives an empty description and no parameters for a bare tool', () => {
    expect(convertToCohereTools([{ name: 'ping', inputSchema: { type: 'object' } }])).toEqual([
      { name: 'ping', description: '', parameter_definitions: {} },
    ]);
  });

  it.each([
    ['a non-object root', { type: 'string' }, /\(root\)/],
    ['a union of types', { type: 'object', properties: { v: { type: ['string', 'number'] } } }, /"v"/],
    ['a $ref', { type: 'object', properties: { v: { $ref: '#/$defs/x' } } }, /"v"/],
    ['a null type', { type: 'object', properties: { v: { type: 'null' } } }, /null/],
    ['a type named like an Object.prototype key', { type: 'object', properties: { v: { type: 'constructor' } } }, /"v"/],
  ])('refuses %s with an InputError', (_, inputSchema, pattern) => {
    let caught: unknown;
    try {
      convertToCohereTools([{ name: 'bad', inputSchema }]);
    } catch (error) {
      caught = error;
    }
    expect(InputError.isInstance(caught)).toBe(true);
    expect((caught as Error).message).toMatch(pattern);
    expect((caught as Error).message).toMatch(/tool "bad"/);
  });
});
