import { createAnalyzerSync } from './src/pipeline/createAnalyzer.js';
const a = createAnalyzerSync();
for (const t of process.argv.slice(2)) {
  const d = a.analyze(t);
  console.log(d.tokens.map(x=>x.text+'/'+x.pos).join(' '));
  for (const s of d.statements) console.log(' ', s.text, s.kind, s.basis, s.unit, 'm=', s.metric, 'subj=', s.subject, 'h=', s.horizon?.text);
}
