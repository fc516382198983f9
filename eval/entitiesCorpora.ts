/**
 * The annotated organisation corpora of `../shared/data` as one shape: text plus gold spans typed
 * enterprise / institution. CLUENER2020 train: company → enterprise, government and organization →
 * institution. People's Daily 1998 dev: ORG, untyped in the source (`typed: false`); its type
 * here is a guess from the name's ending, used only to train, never scored.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../src/core/types.js';

export interface GoldSpan {
  start: number;
  end: number;
  type: EntityType;
  label: string;
}
export interface GoldSentence {
  text: string;
  gold: GoldSpan[];
}
export interface Corpus {
  name: string;
  /** Whether the gold types are real (CLUENER) or guessed (People's Daily). */
  typed: boolean;
  sentences: GoldSentence[];
}

const CLUENER_TYPES: Record<string, EntityType> = { company: 'enterprise', government: 'institution', organization: 'institution' };

export function loadCluener(shared: string): Corpus {
  const sentences: GoldSentence[] = [];
  for (const line of readFileSync(join(shared, 'data', 'cluener', 'train.json'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { text: string; label?: Record<string, Record<string, [number, number][]>> };
    const gold: GoldSpan[] = [];
    for (const [label, ents] of Object.entries(row.label ?? {})) {
      const type = CLUENER_TYPES[label];
      if (!type) continue;
      for (const spans of Object.values(ents)) for (const [s, e] of spans) gold.push({ start: s, end: e + 1, type, label });
    }
    sentences.push({ text: row.text, gold: gold.sort((a, b) => a.start - b.start) });
  }
  return { name: 'CLUENER2020 train', typed: true, sentences };
}

/** Endings of enterprise names in 1998 news (the rest of PD's ORG are institutions). */
const ENTERPRISE_END = /(公司|集团|银行|厂|商场|商店|酒店|饭店|宾馆|大厦|超市|专卖店|药店|书店)$/;

export function loadPeoplesDaily(shared: string): Corpus {
  const sentences: GoldSentence[] = [];
  for (const line of readFileSync(join(shared, 'data', 'peoples-daily-ner', 'dev.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { text: string; entities: { start: number; end: number; label: string }[] };
    const gold = row.entities
      .filter((e) => e.label === 'ORG')
      .map((e) => ({ start: e.start, end: e.end, label: 'ORG', type: (ENTERPRISE_END.test(row.text.slice(e.start, e.end)) ? 'enterprise' : 'institution') as EntityType }));
    sentences.push({ text: row.text, gold });
  }
  return { name: "People's Daily 1998 dev", typed: false, sentences };
}
