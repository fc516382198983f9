/** The API's request handlers: each reads its request, runs the analysis on the pool and writes the answer. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Runner } from './runner.js';
import { readDocument, type DocumentRequest } from './document.js';
import { AnalyzeRequest, RenderRequest } from './schemas.js';

/** What every handler gets besides the request. */
export interface HandlerContext {
  readonly runner: Runner;
  readonly maxBodyBytes: number;
  /** When the request must be answered by (ms since the epoch). */
  readonly deadline: number;
  readonly url: URL;
}

/** The worker task that gives the JSON of `doc`'s analysis, as `analyze()` returns it (an empty id is none). */
export function analysisTask(doc: DocumentRequest) {
  return {
    output: 'analysis' as const,
    text: doc.text,
    id: doc.id ?? '',
    ...(doc.date !== undefined ? { date: doc.date } : {}),
    ...(doc.script !== undefined ? { script: doc.script } : {}),
    ...(doc.fields !== undefined ? { fields: doc.fields } : {}),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', ...extra });
  res.end(body);
}

/** POST /v1/analyze: the analysis of one document as JSON. */
export async function handleAnalyze(req: IncomingMessage, res: ServerResponse, ctx: HandlerContext): Promise<void> {
  const doc = await readDocument(req, ctx.url, AnalyzeRequest, ctx.maxBodyBytes);
  const reply = await ctx.runner.run(analysisTask(doc), ctx.deadline);
  send(res, 200, 'application/json; charset=utf-8', reply.json ?? '');
}

/** The Content-Security-Policy of the rendered page: its own inline style and script, nothing from the network. */
export const RENDER_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** POST /v1/render: the page of `zhnews render` for one document. */
export async function handleRender(req: IncomingMessage, res: ServerResponse, ctx: HandlerContext): Promise<void> {
  const doc = await readDocument(req, ctx.url, RenderRequest, ctx.maxBodyBytes);
  const reply = await ctx.runner.run(
    {
      output: 'html',
      text: doc.text,
      id: doc.id ?? '',
      ...(doc.date !== undefined ? { date: doc.date } : {}),
      ...(doc.script !== undefined ? { script: doc.script } : {}),
      ...(doc.title !== undefined ? { render: { title: doc.title } } : {}),
    },
    ctx.deadline,
  );
  send(res, 200, 'text/html; charset=utf-8', reply.html ?? '', { 'content-security-policy': RENDER_CSP });
}
