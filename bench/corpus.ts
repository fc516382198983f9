import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Articles from the throughput corpus, the same for every archive benchmark: news in 20-line
 * pieces, government reports in 10-line pieces.
 */
export function corpusArticles(shared: string): string[] {
  const out: string[] = [];
  for (const [file, size] of [['news.txt', 20], ['gov.txt', 10]] as const) {
    const lines = readFileSync(join(shared, 'data/throughput', file), 'utf8').split('\n').filter((l) => l.trim() !== '');
    for (let i = 0; i < lines.length; i += size) out.push(lines.slice(i, i + size).join('\n'));
  }
  return out;
}
