import { InputError, type ModelTool } from '@bedrock-kit/core';

/** One parameter of a Cohere (v1 chat) tool. */
export interface CohereParameterDefinition {
  description?: string;
  /** A Python type string, e.g. `str`, `int`, `List[str]`, `Dict`. */
  type: string;
  required: boolean;
}

/** A tool in the Command R native body. */
export interface CohereTool {
  name: string;
  description: string;
  parameter_definitions: Record<string, CohereParameterDefinition>;
}

// Cohere's v1 tools describe each parameter with Python type notation
// (https://docs.cohere.com/v1/docs/parameter-types-in-tool-use), one level deep.
const scalarTypes: Record<string, string> = {
  string: 'str',
  integer: 'int',
  number: 'float',
  boolean: 'bool',
};

/**
 * JSON Schema tools → Command R `tools`. Each top-level property becomes one
 * `parameter_definitions` entry. Nested objects become `Dict` with their
 * schema appended to the description (Cohere v1 can't declare inner fields);
 * a schema with no single type (`anyOf`, `$ref`, …) can't be expressed and
 * is an `InputError`.
 */
export function convertToCohereTools(tools: readonly ModelTool[]): CohereTool[] {
  return tools.map((tool) => {
    const schema = tool.inputSchema;
    if (schema.type !== undefined && schema.type !== 'object') {
      throw unrepresentable(tool.name, '(root)', `the input schema must describe an object, got type ${JSON.stringify(schema.type)}`);
    }
    const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const parameter_definitions: Record<string, CohereParameterDefinition> = {};
    for (const [name, property] of Object.entries(properties)) {
      const { type, nullable } = convertPropertyType(tool.name, name, property);
      const definition: CohereParameterDefinition = { type, required: required.has(name) && !nullable };
      const description = describeProperty(property, type);
      if (description !== undefined) definition.description = description;
      parameter_definitions[name] = definition;
    }
    return { name: tool.name, description: tool.description ?? '', parameter_definitions };
  });
}

function convertPropertyType(
  toolName: string,
  name: string,
  property: Record<string, unknown>,
): { type: string; nullable: boolean } {
  // `anyOf: [X, { type: "null" }]` (zod's `.nullable()`) is X, not required.
  const union = property.anyOf ?? property.oneOf;
  if (Array.isArray(union) && property.type === undefined) {
    const nonNull = union.filter((s: Record<string, unknown>) => s?.type !== 'null');
    if (nonNull.length === 1 && nonNull.length < union.length) {
      return { type: convertPropertyType(toolName, name, nonNull[0]).type, nullable: true };
    }
  }
  let type = property.type;
  let nullable = false;
  // `type: ["string", "null"]` is the other spelling of an optional value.
  if (Array.isArray(type)) {
    const nonNull = type.filter((t) => t !== 'null');
    nullable = nonNull.length < type.length;
    type = nonNull.length === 1 ? nonNull[0] : undefined;
  }
  if (typeof type !== 'string') {
    throw unrepresentable(toolName, name, 'it has no single JSON Schema type (anyOf / oneOf / $ref / mixed types)');
  }
  const scalar = scalarTypes[type];
  if (scalar !== undefined) return { type: scalar, nullable };
  if (type === 'object') return { type: 'Dict', nullable };
  if (type === 'array') {
    const items = property.items as Record<string, unknown> | undefined;
    const itemType = typeof items?.type === 'string' ? items.type : undefined;
    const itemScalar = itemType === undefined ? undefined : scalarTypes[itemType];
    if (itemScalar !== undefined) return { type: `List[${itemScalar}]`, nullable };
    if (itemType === 'object') return { type: 'List[Dict]', nullable };
    return { type: 'List', nullable };
  }
  if (type === 'null') throw unrepresentable(toolName, name, 'a parameter of type null carries nothing');
  throw unrepresentable(toolName, name, `JSON Schema type ${JSON.stringify(type)} has no Cohere equivalent`);
}

/** The description, plus what the type string can't say (enum values, nested fields). */
function describeProperty(schema: Record<string, unknown>, type: string): string | undefined {
  const property = unwrapNullable(schema);
  const notes: string[] = [];
  if (property !== schema && typeof schema.description === 'string' && schema.description !== '') notes.push(schema.description);
  if (typeof property.description === 'string' && property.description !== '') notes.push(property.description);
  if (Array.isArray(property.enum)) notes.push(`One of: ${property.enum.map((v) => JSON.stringify(v)).join(', ')}.`);
  if (type.includes('Dict')) {
    const nested = type === 'Dict' ? property : (property.items as Record<string, unknown>);
    if (nested.properties !== undefined) {
      notes.push(`JSON Schema: ${JSON.stringify({ type: 'object', properties: nested.properties, required: nested.required })}`);
    }
  }
  return notes.length > 0 ? notes.join(' ') : undefined;
}

/** The X of `anyOf: [X, { type: "null" }]`, else the schema itself. */
function unwrapNullable(schema: Record<string, unknown>): Record<string, unknown> {
  const union = schema.anyOf ?? schema.oneOf;
  if (!Array.isArray(union) || schema.type !== undefined) return schema;
  const nonNull = union.filter((s: Record<string, unknown>) => s?.type !== 'null');
  return nonNull.length === 1 ? (nonNull[0] as Record<string, unknown>) : schema;
}

function unrepresentable(toolName: string, parameter: string, why: string): InputError {
  return new InputError({
    message:
      `Cohere native InvokeModel can't express tool "${toolName}" parameter "${parameter}": ${why}. ` +
      'Flatten the schema to one level of typed parameters, or use Converse (remove useConverse: false), which takes full JSON Schema.',
  });
}
