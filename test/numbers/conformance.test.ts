import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Cn2anCase, ConformanceException, RecognizersCase } from '../../eval/numbers-conformance.js';
import { RECOGNIZERS_FILES, parseJson, runCn2an, runRecognizers } from '../../eval/numbers-conformance.js';

// The peer suites, copied into fixtures/numbers (see its README for sources and licences).
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/numbers');
const read = <T>(path: string): T => parseJson<T>(readFileSync(join(FIXTURES, path), 'utf8'));

const exceptions = read<ConformanceException[]>('recognizers-exceptions.json');
const suites = RECOGNIZERS_FILES.map((f) => ({ ...f, cases: read<RecognizersCase[]>(join('recognizers-text-zh', f.file)) }));

describe('conformance with Recognizers-Text (Chinese specs)', () => {
  for (const { file, kind, target, cases } of suites) {
    if (target === undefined) continue;
    it(`${file}: at least ${target * 100}% pass`, () => {
      const r = runRecognizers(file, kind, cases, exceptions);
      expect(r.rate, `failures:\n${r.failures.join('\n')}`).toBeGreaterThanOrEqual(target);
    });
  }

  it('the exceptions file is reviewed: every entry has a reason, names a real case, and stays under 5% of cases', () => {
    const total = suites.reduce((n, s) => n + s.cases.length, 0);
    expect(exceptions.length).toBeLessThan(total * 0.05);
    for (const e of exceptions) {
      expect(e.reason.length).toBeGreaterThan(20);
      const suite = suites.find((s) => s.file === e.file);
      expect(suite?.cases.some((c) => c.Input === e.input), `${e.file}: ${e.input}`).toBe(true);
    }
  });
});

describe('conformance with cn2an', () => {
  it('at least 95% of the cases that apply pass', () => {
    const r = runCn2an(read<Cn2anCase[]>('cn2an/cn2an_cases.json'));
    expect(r.total).toBeGreaterThan(150);
    expect(r.rate, `failures:\n${r.failures.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
});
