/**
 * A validator for the small subset of JSON Schema (2020-12, the dialect of OpenAPI 3.1) that the
 * server's request schemas use: `type`, `properties`, `required`, `additionalProperties: false`,
 * `items`, `enum`, `uniqueItems`, `minLength`, `maxLength`. Keeping the subset small lets the
 * same schema objects be both checked here and published as-is in /v1/openapi.json.
 */

/** The JSON Schema keywords this validator understands. */
export interface JsonSchema {
  readonly type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null' | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly uniqueItems?: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly examples?: readonly unknown[];
  readonly $ref?: string;
  readonly oneOf?: readonly JsonSchema[];
  readonly format?: string;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, actual: string): boolean {
  return expected === actual || (expected === 'number' && actual === 'integer');
}

/**
 * Checks `value` against `schema`. Returns the first problem as a readable sentence with a
 * JSON pointer (`/fields/0 must be one of …`), or null when the value is valid.
 *
 * @example
 * validate({ type: 'object', required: ['text'], properties: { text: { type: 'string' } } }, {})
 * //=> 'the body must have the property "text"'
 */
export function validate(schema: JsonSchema, value: unknown, path = ''): string | null {
  const where = path === '' ? 'the body' : path;
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!types.some((t) => typeMatches(t, actual))) return `${where} must be ${types.map(article).join(' or ')}, got ${article(actual)}`;
  }
  if (schema.enum !== undefined && !schema.enum.includes(value)) {
    return `${where} must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)?.slice(0, 40)}`;
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) return `${where} must have at least ${schema.minLength} characters`;
    if (schema.maxLength !== undefined && value.length > schema.maxLength) return `${where} must have at most ${schema.maxLength} characters`;
  }
  if (Array.isArray(value)) {
    if (schema.items !== undefined) {
      for (let i = 0; i < value.length; i++) {
        const problem = validate(schema.items, value[i], `${path}/${i}`);
        if (problem !== null) return problem;
      }
    }
    if (schema.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) return `${where} must not repeat an item`;
  }
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      if (!Object.hasOwn(record, name)) return `${where} must have the property "${name}"`;
    }
    for (const [name, item] of Object.entries(record)) {
      const property = schema.properties?.[name];
      if (property !== undefined) {
        const problem = validate(property, item, `${path}/${name}`);
        if (problem !== null) return problem;
      } else if (schema.additionalProperties === false) {
        return `${where} has an unknown property "${name}"${schema.properties ? ` (allowed: ${Object.keys(schema.properties).join(', ')})` : ''}`;
      } else if (typeof schema.additionalProperties === 'object') {
        const problem = validate(schema.additionalProperties, item, `${path}/${name}`);
        if (problem !== null) return problem;
      }
    }
  }
  return null;
}

function article(type: string): string {
  return type === 'array' || type === 'object' || type === 'integer' ? `an ${type}` : type === 'null' ? 'null' : `a ${type}`;
}
