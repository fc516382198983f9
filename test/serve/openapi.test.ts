/**
 * The OpenAPI document is built from the schemas the handlers validate with: the same objects,
 * every reference resolves, every route and status the server has is described, and the
 * validator that enforces the schemas says what JSON Schema says.
 */
import { describe, expect, it } from 'vitest';
import { ANALYSIS_FIELDS } from '../../src/batch/task.js';
import { openApiDocument } from '../../src/serve/openapi.js';
import * as schemas from '../../src/serve/schemas.js';
import { validate, type JsonSchema } from '../../src/serve/validate.js';

const doc = openApiDocument('1.2.3');

function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('openApiDocument', () => {
  it('is OpenAPI 3.1 with the JSON Schema 2020-12 dialect and plain JSON', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe('1.2.3');
    expect(doc.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('publishes the very schema objects the handlers validate with', () => {
    expect(doc.components.schemas.AnalyzeRequest).toBe(schemas.AnalyzeRequest);
    expect(doc.components.schemas.RenderRequest).toBe(schemas.RenderRequest);
    expect(doc.components.schemas.ErrorBody).toBe(schemas.ErrorBody);
    expect(doc.components.schemas.Health).toBe(schemas.Health);
    expect(doc.components.schemas.Analysis).toBe(schemas.Analysis);
    const analyze = doc.paths['/v1/analyze'].post;
    expect(analyze.requestBody).toEqual({ required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/AnalyzeRequest' } }, 'text/plain': { schema: expect.any(Object) } } });
    // the query parameters of a text/plain body are the JSON properties, same descriptions and types
    const date = (analyze.parameters as Array<{ name: string; schema: unknown }>).find((p) => p.name === 'date');
    expect(date?.schema).toBe(schemas.AnalyzeRequest.properties!['date']);
  });

  it('resolves every $ref', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(5);
    for (const ref of all) {
      const name = ref.replace('#/components/schemas/', '');
      expect(doc.components.schemas, ref).toHaveProperty(name);
    }
  });

  it('lists every error a route can give with its status, and Retry-After on 503', () => {
    const responses = doc.paths['/v1/analyze'].post.responses as Record<string, { description: string; headers?: object }>;
    expect(Object.keys(responses).sort()).toEqual(['200', '400', '413', '415', '422', '500', '503']);
    expect(responses['400']!.description).toContain('`bad-json`');
    expect(responses['503']!.headers).toHaveProperty('Retry-After');
    const codes = (schemas.ErrorBody.properties!['error']!.properties!['code']!.enum ?? []) as string[];
    expect(codes.sort()).toEqual(Object.keys(schemas.ERROR_STATUS).sort());
  });

  it('offers exactly the analysis fields of the batch records', () => {
    expect(schemas.AnalyzeRequest.properties!['fields']!.items!.enum).toEqual(ANALYSIS_FIELDS);
  });
});

describe('validate (the JSON Schema subset)', () => {
  const S = schemas.AnalyzeRequest;
  // [value, schema, expected problem or null]
  const cases: Array<[unknown, JsonSchema, string | null]> = [
    [{ text: '增长' }, S, null],
    [{ text: '', date: '2020', id: 'a', fields: [] }, S, null],
    [{ text: 'x', fields: ['statements', 'tokens'] }, S, null],
    [{}, S, 'the body must have the property "text"'],
    [null, S, 'the body must be an object, got null'],
    [[{ text: 'x' }], S, 'the body must be an object, got an array'],
    ['x', S, 'the body must be an object, got a string'],
    [{ text: 1 }, S, '/text must be a string, got an integer'],
    [{ text: 'x', id: 7 }, S, '/id must be a string, got an integer'],
    [{ text: 'x', fields: 'statements' }, S, '/fields must be an array, got a string'],
    [{ text: 'x', fields: ['statements', 'words'] }, S, '/fields/1 must be one of "text", "sentences", "tokens", "entities", "quantities", "statements", got "words"'],
    [{ text: 'x', fields: ['tokens', 'tokens'] }, S, '/fields must not repeat an item'],
    [{ text: 'x', extra: true }, S, 'the body has an unknown property "extra" (allowed: text, date, id, script, fields)'],
    [{ text: 'x', id: 'i'.repeat(1001) }, S, '/id must have at most 1000 characters'],
    [1.5, { type: 'integer' }, 'the body must be an integer, got a number'],
    [2, { type: 'number' }, null],
    [{ a: { b: 1 } }, { type: 'object', properties: { a: { type: 'object', properties: { b: { type: 'string' } } } } }, '/a/b must be a string, got an integer'],
    [{ a: 1 }, { type: 'object', additionalProperties: { type: 'string' } }, '/a must be a string, got an integer'],
    ['', { type: 'string', minLength: 1 }, 'the body must have at least 1 characters'],
  ];
  it.each(cases)('%j', (value, schema, problem) => {
    expect(validate(schema, value)).toBe(problem);
  });
});
