import type { ModelTool } from '@bedrock-kit/core';
import { createCohereNativeError, useConverse } from './create-cohere-native-error';

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

type SchemaObject = Record<string, unknown>;

// Cohere's v1 tools describe each parameter with Python type notation
// (https://docs.cohere.com/v1/docs/parameter-types-in-tool-use), one level deep.
// `array` is not listed: it becomes `List[<item type>]` or `List`.
const pythonTypes: Record<string, string> = {
  string: 'str',
  integer: 'int',
  number: 'float',
  boolean: 'bool',
  object: 'Dict',
};

/**
 * JSON Schema tools → Command R `tools`. Each top-level property becomes one
 * `parameter_definitions` entry. Nested objects become `Dict` with their
 * schema appended to the description (Cohere v1 can't declare inner fields);
 * a parameter with no single type (`anyOf`, a type list, no type) can't be expressed and
 * is an `InputError`. The facade has already checked the tool names and that
 * each schema is an object with its `$ref`s inlined.
 */
export function convertToCohereTools(tools: readonly ModelTool[]): CohereTool[] {
  return tools.map(({ name: toolName, description = '', inputSchema }) => {
    if (inputSchema.type !== undefined && inputSchema.type !== 'object') {
      throw unrepresentable(toolName, '(root)', 'not an object');
    }
    const required = Array.isArray(inputSchema.required) ? inputSchema.required : [];
    const parameter_definitions: Record<string, CohereParameterDefinition> = {};
    for (const [name, schema] of Object.entries((inputSchema.properties ?? {}) as Record<string, SchemaObject>)) {
      const property = unwrapNullable(schema);
      // `type: ["string", "null"]` is the other spelling of an optional value.
      const types = [property.type].flat();
      const nonNull = types.filter((type) => type !== 'null');
      const type = nonNull.length === 1 ? nonNull[0] : undefined;
      const pythonType = type === 'array' ? convertArrayType(property.items) : toPythonType(type);
      if (pythonType === undefined) {
        throw unrepresentable(toolName, name, 'it needs one non-null type');
      }
      // A nullable value (unwrapped from a union, or with null in its type list) is not required.
      const isRequired = required.includes(name) && property === schema && nonNull.length === types.length;
      const definition: CohereParameterDefinition = { type: pythonType, required: isRequired };
      const description = describeProperty(schema, property, pythonType);
      if (description) definition.description = description;
      parameter_definitions[name] = definition;
    }
    return { name: toolName, description, parameter_definitions };
  });
}

/** `anyOf: [X, { type: "null" }]` (zod's `.nullable()`) is X; any other schema is returned as is. */
function unwrapNullable(schema: SchemaObject): SchemaObject {
  const union = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(union) && schema.type === undefined) {
    const nonNull = union.filter((member: SchemaObject) => member?.type !== 'null');
    if (nonNull.length === 1 && nonNull.length < union.length) return unwrapNullable(nonNull[0]);
  }
  return schema;
}

/** `List[str]`, `List[Dict]` …, or a bare `List` when the item type has no single Python name. */
function convertArrayType(items: unknown): string {
  const itemType = toPythonType((items as SchemaObject | undefined)?.type);
  return itemType === undefined ? 'List' : `List[${itemType}]`;
}

/** The Python name of a JSON Schema type; never an inherited key such as "constructor". */
function toPythonType(type: unknown): string | undefined {
  return typeof type === 'string' && Object.hasOwn(pythonTypes, type) ? pythonTypes[type] : undefined;
}

/** The description(s), plus what the type string can't say (enum values, the fields of a Dict). */
function describeProperty(schema: SchemaObject, property: SchemaObject, pythonType: string): string {
  const notes = [schema === property ? '' : schema.description, property.description].filter((text) => typeof text === 'string' && text !== '');
  if (Array.isArray(property.enum)) notes.push(`One of: ${property.enum.map((value) => JSON.stringify(value)).join(', ')}.`);
  const fields = pythonType === 'Dict' ? property : pythonType === 'List[Dict]' ? (property.items as SchemaObject) : undefined;
  if (fields?.properties !== undefined) {
    notes.push(`JSON Schema: ${JSON.stringify({ type: 'object', properties: fields.properties, required: fields.required })}`);
  }
  return notes.join(' ');
}

function unrepresentable(toolName: string, parameter: string, why: string) {
  return createCohereNativeError(`can't express tool "${toolName}" parameter "${parameter}": ${why}`, `Flatten the schema, or ${useConverse}`);
}
