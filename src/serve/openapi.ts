/**
 * The OpenAPI 3.1 document of the API, built from the schema objects the handlers validate with
 * (schemas.ts) and the media types they accept, so the two cannot disagree.
 */
import { JSON_LINES_TYPES } from './analyzeMany.js';
import { DOCUMENT_TYPES } from './document.js';
import { Analysis, AnalyzeManyLine, AnalyzeRequest, ERROR_STATUS, ErrorBody, Health, PlainQuery, RenderRequest } from './schemas.js';
import type { JsonSchema } from './validate.js';

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** The error responses a route can give, by status, each with its codes. */
function errorResponses(codes: readonly (keyof typeof ERROR_STATUS)[]): Record<string, unknown> {
  const byStatus = new Map<number, string[]>();
  for (const code of codes) byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
  const responses: Record<string, unknown> = {};
  for (const [status, list] of [...byStatus].sort((a, b) => a[0] - b[0])) {
    responses[String(status)] = {
      description: `Error ${list.map((c) => `\`${c}\``).join(', ')}`,
      ...(status === 503 ? { headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } } } : {}),
      content: { 'application/json': { schema: ref('ErrorBody') } },
    };
  }
  return responses;
}

/** Query parameters of a text/plain body, from {@link PlainQuery}. */
function plainParameters(names: readonly string[]): unknown[] {
  return names.map((name) => ({
    name,
    in: 'query',
    required: false,
    description: `With a text/plain body only. ${PlainQuery.properties![name]!.description ?? ''}${name === 'fields' ? ' Comma-separated.' : ''}`.trim(),
    schema: name === 'fields' ? { type: 'string', examples: ['statements,entities'] } : PlainQuery.properties![name],
  }));
}

/** Request body of a one-document route: JSON by `schema`, or the text itself. */
function documentBody(schema: string): unknown {
  const content: Record<string, unknown> = {};
  for (const type of DOCUMENT_TYPES) {
    content[type] = type === 'text/plain' ? { schema: { type: 'string', description: 'The document itself (UTF-8); options in the query string' } } : { schema: ref(schema) };
  }
  return { required: true, content };
}

const BODY_ERRORS = ['bad-json', 'bad-encoding', 'invalid-request', 'too-large', 'unsupported-media-type', 'invalid-date', 'analysis-failed', 'worker-crashed', 'internal', 'busy', 'timeout', 'shutting-down'] as const;

/**
 * The OpenAPI 3.1 document served at /v1/openapi.json.
 *
 * @example
 * openApiDocument('0.1.0').paths['/v1/analyze'].post.requestBody
 */
export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'zhnews',
      version,
      description: 'Facts out of Chinese news text over HTTP: sentences, tokens, organisations and typed numeric statements. No authentication: see docs/serve.md.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: {
      '/v1/analyze': {
        post: {
          operationId: 'analyze',
          summary: 'Analyse one document',
          parameters: plainParameters(['date', 'id', 'script', 'fields']),
          requestBody: documentBody('AnalyzeRequest'),
          responses: { '200': { description: 'The analysis, as analyze() returns it', content: { 'application/json': { schema: ref('Analysis') } } }, ...errorResponses(BODY_ERRORS) },
        },
      },
      '/v1/analyze-many': {
        post: {
          operationId: 'analyzeMany',
          summary: 'Analyse a stream of documents (JSON Lines in and out, in input order)',
          description: 'Each input line is an AnalyzeRequest. Each output line is an Analysis, or an error record for a bad line; the stream goes on after a bad line. The body limit applies to each line and the time limit to each document.',
          requestBody: { required: true, content: Object.fromEntries(JSON_LINES_TYPES.map((t) => [t, { schema: { type: 'string', description: 'JSON Lines: one AnalyzeRequest per line' }, 'x-line-schema': ref('AnalyzeRequest') }])) },
          responses: {
            '200': { description: 'One line per non-blank input line', content: { 'application/x-ndjson': { schema: { type: 'string', description: 'JSON Lines: one AnalyzeManyLine per line' }, 'x-line-schema': ref('AnalyzeManyLine') } } },
            ...errorResponses(['unsupported-media-type', 'invalid-request', 'shutting-down']),
          },
        },
      },
      '/v1/render': {
        post: {
          operationId: 'render',
          summary: 'Analyse one document and draw it as the HTML page of `zhnews render`',
          parameters: plainParameters(['date', 'id', 'script', 'title']),
          requestBody: documentBody('RenderRequest'),
          responses: { '200': { description: 'A self-contained HTML page', content: { 'text/html': { schema: { type: 'string' } } } }, ...errorResponses(BODY_ERRORS) },
        },
      },
      '/health': {
        get: { operationId: 'health', summary: 'Liveness and load', responses: { '200': { description: 'The server answers', content: { 'application/json': { schema: ref('Health') } } } } },
      },
      '/v1/openapi.json': {
        get: { operationId: 'openapi', summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } } },
      },
      '/': {
        get: { operationId: 'playground', summary: 'The playground page', responses: { '200': { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } } },
      },
    },
    components: {
      schemas: { AnalyzeRequest, RenderRequest, Analysis, AnalyzeManyLine, ErrorBody, Health },
    },
  };
}
