import { createEntityTagger } from '../src/entities/index.js';
import { jiebaTokens } from '../test/entities/helpers.js';
const t = createEntityTagger();
const r = createEntityTagger({ learned: false });
for (const s of process.argv.slice(2)) {
  const f = (x: typeof t) => x.tag(s, jiebaTokens(s)).map((e) => `${e.text}:${e.type}/${e.source}`).join(' | ');
  console.log(s, '\n   model:', f(t), '\n   rules:', f(r));
}
