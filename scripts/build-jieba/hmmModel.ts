/**
 * Parses cppjieba's hmm_model.utf8: after comment lines (#) and blank lines, one line of start
 * log-probabilities (B E M S), four lines of transitions, then one emission line per state
 * (`char:logprob,char:logprob,…`) in the order B, E, M, S. Emissions become one dense table
 * over the characters any state knows; a state without a character gets `missing`, the value
 * cppjieba uses for a character its map lacks.
 */
export interface HmmModel {
  readonly start: number[];
  readonly trans: number[][];
  readonly chars: Uint32Array;
  readonly emit: Float64Array;
}

export function parseHmmModel(src: string, missing: number): HmmModel {
  const lines = src
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length < 9) throw new Error('hmm_model.utf8: expected 9 data lines');
  const row = (l: string): number[] => {
    const cells = l.split(' ').map(Number.parseFloat);
    if (cells.length !== 4 || cells.some(Number.isNaN)) throw new Error(`hmm_model.utf8: bad row ${l.slice(0, 40)}`);
    return cells;
  };
  const start = row(lines[0]!);
  const trans = [1, 2, 3, 4].map((i) => row(lines[i]!));
  const perState = [5, 6, 7, 8].map((i) => {
    const map = new Map<number, number>();
    for (const pair of lines[i]!.split(',')) {
      const colon = pair.lastIndexOf(':');
      const ch = pair.slice(0, colon);
      const cp = ch.codePointAt(0);
      if (cp === undefined || String.fromCodePoint(cp) !== ch) throw new Error(`hmm_model.utf8: bad emission ${pair}`);
      map.set(cp, Number.parseFloat(pair.slice(colon + 1)));
    }
    return map;
  });
  const all = new Set<number>();
  for (const m of perState) for (const cp of m.keys()) all.add(cp);
  const chars = Uint32Array.from([...all].sort((a, b) => a - b));
  const emit = new Float64Array(chars.length * 4).fill(missing);
  chars.forEach((cp, k) => perState.forEach((m, s) => emit[k * 4 + s] = m.get(cp) ?? missing));
  return { start, trans, chars, emit };
}
