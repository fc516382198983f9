import { readFileSync } from 'node:fs';
import { createAnalyzerSync } from './src/pipeline/createAnalyzer.js';
const a = createAnalyzerSync();
const lines = readFileSync('/work/shared/gold/news-dev-statements.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
const cache = new Map();
const mode = process.argv[2] ?? 'kind';
for (const r of lines) {
  let st = cache.get(r.doc);
  if (!st) { st = a.analyze(readFileSync('/work/shared/'+r.doc,'utf8'), r.date ? {date:r.date}:{}).statements; cache.set(r.doc, st); }
  for (const g of r.statements) {
    const p = st.find((s:any)=> s.start < g.end && g.start < s.end && s.unit===g.unit);
    if (!p) continue;
    if (mode==='kind' && p.kind !== g.kind) console.log(`${p.kind}→${g.kind} [${g.text}] basis=${p.basis} cues=${p.cues.map((c:any)=>c.text).join(',')} | ${r.sentence.slice(0,140)}`);
    if (mode==='subject' && typeof g.subject==='string' && p.subject!==g.subject) console.log(`${p.subject}→${g.subject} [${g.text}] | ${r.sentence.slice(0,100)}`);
    if (mode==='horizon' && (p.horizon?.from!==g.horizon?.from || p.horizon?.to!==g.horizon?.to)) console.log(`${JSON.stringify(p.horizon)}→${JSON.stringify(g.horizon)} [${g.text}] ${r.date} | ${r.sentence.slice(0,100)}`);
  }
}
