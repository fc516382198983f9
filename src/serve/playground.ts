/**
 * GET /: the playground page. Paste text, pick a date, and see the page of `zhnews render` for
 * it (drawn by the server with the same renderer, shown in a sandboxed frame), the organisations
 * found, and the JSON of the analysis to copy. Self-contained: inline style and script, no
 * network but this server's own API. Document text reaches the page only through the render
 * view (escaped by the renderer) and through `textContent` (never parsed as HTML).
 */

/** The page's Content-Security-Policy: its own inline code, requests to this server only. */
export const PLAYGROUND_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; frame-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const STYLE = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --line: #d8dce4; --accent: #1f5fbf; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: var(--ink); background: #f6f7f9; }
header { padding: 12px 20px; background: #fff; border-bottom: 1px solid var(--line); }
header h1 { margin: 0; font-size: 18px; }
header p { margin: 2px 0 0; color: var(--muted); font-size: 13px; }
main { display: grid; grid-template-columns: minmax(300px, 1fr) 2fr; gap: 16px; padding: 16px 20px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px; min-width: 0; }
h2 { font-size: 15px; margin: 0 0 8px; }
textarea { width: 100%; min-height: 260px; font: inherit; padding: 8px; border: 1px solid var(--line); border-radius: 4px; resize: vertical; }
.controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 8px; }
button { font: inherit; padding: 5px 14px; border: 1px solid var(--accent); border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: var(--accent); }
button:disabled { opacity: .5; cursor: default; }
#status { color: var(--muted); font-size: 13px; min-height: 1.5em; margin: 8px 0 0; }
#status.error { color: #b3261e; }
#view { width: 100%; height: 75vh; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
#entities ul { list-style: none; margin: 0; padding: 0; max-height: 40vh; overflow: auto; }
#entities li { display: flex; gap: 8px; justify-content: space-between; padding: 3px 0; border-bottom: 1px solid #eef0f4; }
#entities .type { color: var(--muted); font-size: 12px; white-space: nowrap; }
#entities .count { font-variant-numeric: tabular-nums; color: var(--muted); }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } }
`;

// Runs in the browser. Kept as plain ES2020 so it needs no build step.
const SCRIPT = `
'use strict';
const $ = (id) => document.getElementById(id);
let lastJson = '';

function setStatus(message, isError) {
  $('status').textContent = message;
  $('status').className = isError ? 'error' : '';
}

async function post(path, body) {
  const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) {
    let message = res.status + ' ' + res.statusText;
    try { message = JSON.parse(text).error.message; } catch (_) { /* not our error shape */ }
    throw new Error(message);
  }
  return text;
}

// One line per organisation (canonical name and type), in order of first mention, with a count.
function showEntities(entities) {
  const byKey = new Map();
  for (const e of entities) {
    const key = e.canonical + '\\u0000' + e.type + '\\u0000' + e.subtype;
    const seen = byKey.get(key);
    if (seen) { seen.count++; if (!seen.forms.includes(e.text)) seen.forms.push(e.text); }
    else byKey.set(key, { entity: e, count: 1, forms: [e.text] });
  }
  const list = $('entity-list');
  list.replaceChildren();
  for (const { entity, count, forms } of byKey.values()) {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = entity.canonical;
    name.title = forms.join(' / ');
    const type = document.createElement('span');
    type.className = 'type';
    type.textContent = entity.type + (entity.subtype ? ' · ' + entity.subtype : '');
    const n = document.createElement('span');
    n.className = 'count';
    n.textContent = '×' + count;
    li.append(name, type, n);
    list.append(li);
  }
  $('entity-count').textContent = String(byKey.size);
}

async function run() {
  const text = $('text').value;
  if (text.trim() === '') { setStatus('Paste some text first.', true); return; }
  const body = { text };
  if ($('date').value !== '') body.date = $('date').value;
  $('run').disabled = true;
  setStatus('Analysing ' + text.length + ' characters…', false);
  const started = performance.now();
  try {
    const [json, html] = await Promise.all([post('/v1/analyze', body), post('/v1/render', body)]);
    const doc = JSON.parse(json);
    lastJson = JSON.stringify(doc, null, 2);
    $('view').srcdoc = html;
    showEntities(doc.entities);
    $('copy').disabled = false;
    setStatus(doc.statements.length + ' statements, ' + doc.entities.length + ' organisation mentions, ' + doc.sentences.length + ' sentences (' + Math.round(performance.now() - started) + ' ms).', false);
    document.body.dataset.ready = 'true';
  } catch (error) {
    setStatus(error.message, true);
  } finally {
    $('run').disabled = false;
  }
}

async function copyJson() {
  try {
    await navigator.clipboard.writeText(lastJson);
  } catch (_) {
    // Older browsers or no clipboard permission: copy through a selected text area.
    const area = document.createElement('textarea');
    area.value = lastJson;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  setStatus('JSON copied (' + lastJson.length + ' characters).', false);
}

$('run').addEventListener('click', run);
$('copy').addEventListener('click', copyJson);
$('text').addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(); });
`;

/**
 * The playground page (one string; the server sends it as is).
 *
 * @example
 * playgroundHtml().startsWith('<!DOCTYPE html>') //=> true
 */
export function playgroundHtml(): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>zhnews playground</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>zhnews playground</h1><p>Paste Chinese news text, pick the article date (it resolves 今年, 去年…), and analyse. The API is described at <a href="/v1/openapi.json">/v1/openapi.json</a>.</p></header>
<main>
<div>
<section id="input">
<h2><label for="text">Text</label></h2>
<textarea id="text" placeholder="今年，廊坊开发区将投入至少1.8亿元。" spellcheck="false"></textarea>
<div class="controls">
<label for="date">Date</label> <input type="date" id="date">
<button id="run" type="button">Analyse</button>
<button id="copy" type="button" class="secondary" disabled>Copy JSON</button>
</div>
<p id="status" role="status" aria-live="polite"></p>
</section>
<section id="entities">
<h2>Organisations (<span id="entity-count">0</span>)</h2>
<ul id="entity-list"></ul>
</section>
</div>
<section id="document">
<h2>Document, statements and charts</h2>
<iframe id="view" title="highlighted document" sandbox="allow-scripts"></iframe>
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
