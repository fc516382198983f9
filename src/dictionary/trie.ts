/** Bytes of the pair bitset that snapshots of earlier versions hold (read and checked, no longer used). */
const OLD_PAIR_BYTES = (1 << 20) >>> 3;

function lowerAscii(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  }
  return s;
}

/** Multiplier of the pair filter's hash (odd; another than the prefix table's, so that the two do not collide alike). */
const PAIR_MIX = 0x2c1b3c6d;

/** Int32 slots per node in {@link CompactTrieParts.nodes}. */
const W = 3;
/** Levels below the root laid out breadth-first by {@link CompactTrie.build}. */
const TOP_LEVELS = 2;

/** The arrays of a {@link CompactTrie} (see `toParts` / `fromParts`). */
export interface CompactTrieParts {
  /** Three Int32 per node: first child, `label | count << 16`, payload (-1: no key ends here). */
  readonly nodes: Int32Array;
  /**
   * Null: the pair filter is rebuilt from the nodes (a 128 KB pair bitset that snapshots of
   * earlier versions hold is accepted and not used).
   */
  readonly pairs: Uint8Array | null;
  readonly size: number;
}

/**
 * A read-only trie over UTF-16 code units stored in one typed array (no object per node), so a
 * dictionary of a million names stays a flat array that is written to and read from a binary
 * snapshot as-is.
 *
 * Layout: node `n` is three Int32 at `3n`: the index of its first child, the code unit on the
 * edge into it (low 16 bits) with its number of children (high 16 bits), and the payload of a
 * key ending at it or -1. The children of a node are consecutive and sorted by code unit (found
 * by binary search); nodes are laid out depth-first, so the tail of a name is a run of adjacent
 * nodes and a lookup touches few cache lines. The root's children are found through a direct
 * 65,536-entry table.
 *
 * ASCII letters match case-insensitively (keys are stored lower-cased; `Visa` finds `visa`).
 */
export class CompactTrie {
  private readonly nodes: Int32Array;
  private readonly root: Int32Array;
  /**
   * Bitset of the code units that start a key (8 KB, rebuilt, never stored): most text positions
   * start none, and this rejects them without touching the 256 KB root table.
   */
  private readonly firsts: Uint32Array;
  /**
   * Bitset of the code units that are a whole key (8 KB, rebuilt, never stored; empty when every
   * key has two units or more): a walk answers a one-unit key from it, and goes on through the
   * pair filter and the prefix table, never through the 256 KB root table.
   */
  private readonly singles: Uint32Array;
  /**
   * Bitset over the hashed two-unit prefixes of the keys, 8 bits per prefix (rebuilt from the
   * prefix table, never stored; 8 KB for the built-in dictionary's ~8,000 prefixes). Rejects
   * most positions that pass the first-unit test before the prefix table is probed. Small on
   * purpose: the tagger runs between other stages of `analyze()` that evict its tables, and the
   * lines of a small filter come back in a few misses (a 128 KB one was measurably slower).
   */
  private readonly pairFilter: Uint32Array;
  /** `32 - log2(bits of pairFilter)`. */
  private readonly pairShift: number;
  /**
   * The nodes of the two-unit prefixes, by hash of the pair (open addressing; per slot the pair
   * `first << 16 | second` and the node, -1 when empty; rebuilt, never stored). The first two
   * steps of a walk, where a node has the most children and a binary search the most cache
   * misses, are one probe.
   */
  private readonly prefixes: Int32Array;
  /** `32 - log2(slots of prefixes)`, the shift of the multiplicative hash. */
  private readonly prefixShift: number;
  /** Number of keys. */
  readonly size: number;

  private constructor(nodes: Int32Array, size: number) {
    this.nodes = nodes;
    this.size = size;
    // the root's children through a direct table (rebuilt, never stored)
    const root = new Int32Array(65536).fill(-1);
    const firsts = new Uint32Array(2048);
    const singles = new Uint32Array(2048);
    const firstChild = nodes[0] as number;
    const count = (nodes[1] as number) >>> 16;
    for (let child = firstChild; child < firstChild + count; child++) {
      const c = (nodes[child * W + 1] as number) & 0xffff;
      root[c] = child;
      firsts[c >>> 5] = (firsts[c >>> 5] as number) | (1 << (c & 31));
      if ((nodes[child * W + 2] as number) >= 0) singles[c >>> 5] = (singles[c >>> 5] as number) | (1 << (c & 31));
    }
    this.root = root;
    this.firsts = firsts;
    this.singles = singles;
    let two = 0;
    for (let child = firstChild; child < firstChild + count; child++) two += (nodes[child * W + 1] as number) >>> 16;
    let bits = 4;
    while (1 << bits < two * 2) bits++;
    const prefixes = new Int32Array(2 << bits).fill(-1);
    const mask = (1 << bits) - 1;
    for (let child = firstChild; child < firstChild + count; child++) {
      const c1 = (nodes[child * W + 1] as number) & 0xffff;
      const from = nodes[child * W] as number;
      const kids = (nodes[child * W + 1] as number) >>> 16;
      for (let g = from; g < from + kids; g++) {
        const key = (c1 << 16) | ((nodes[g * W + 1] as number) & 0xffff);
        let h = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
        while ((prefixes[2 * h + 1] as number) >= 0) h = (h + 1) & mask;
        prefixes[2 * h] = key;
        prefixes[2 * h + 1] = g;
      }
    }
    this.prefixes = prefixes;
    this.prefixShift = 32 - bits;
    // the prefix table has 2^(bits+1) slots for at most 2^bits prefixes: 2^(bits+3) filter bits
    // are 8 or more per prefix (about one position in eight that starts none passes)
    const filterBits = bits + 3;
    const pairFilter = new Uint32Array(1 << (filterBits - 5));
    for (let h = 0; h < prefixes.length; h += 2) {
      if ((prefixes[h + 1] as number) < 0) continue;
      const x = Math.imul(prefixes[h] as number, PAIR_MIX) >>> (32 - filterBits);
      pairFilter[x >>> 5] = (pairFilter[x >>> 5] as number) | (1 << (x & 31));
    }
    this.pairFilter = pairFilter;
    this.pairShift = 32 - filterBits;
  }

  /**
   * The typed arrays behind the trie, for writing a binary snapshot (see {@link CompactTrie.fromParts}).
   *
   * @example
   * const parts = CompactTrie.build(['华为'], [0]).toParts();
   * CompactTrie.fromParts(parts).get('华为') //=> 0
   */
  toParts(): CompactTrieParts {
    return { nodes: this.nodes, pairs: null, size: this.size };
  }

  /**
   * Rebuilds a trie from {@link CompactTrie.toParts} output (the arrays are used as they are,
   * not copied). Throws a RangeError when the arrays do not fit together, so a damaged snapshot
   * cannot produce a trie that reads out of bounds.
   *
   * @example
   * CompactTrie.fromParts(CompactTrie.build(['公司'], [7]).toParts()).longestAt('该公司', 1) //=> { end: 3, value: 7 }
   */
  static fromParts(parts: CompactTrieParts): CompactTrie {
    const { nodes, pairs, size } = parts;
    const count = nodes.length / W;
    if (!Number.isInteger(count) || count < 1 || (pairs !== null && pairs.length !== OLD_PAIR_BYTES)) {
      throw new RangeError('trie parts do not fit together');
    }
    // children lie after their parent and inside the table
    for (let n = 0; n < count; n++) {
      const f = nodes[n * W] as number;
      const c = (nodes[n * W + 1] as number) >>> 16;
      if (c > 0 && (f <= n || f + c > count)) throw new RangeError(`trie parts: bad children of node ${n}`);
    }
    return new CompactTrie(nodes, size);
  }

  /**
   * Builds a trie from keys and their non-negative payloads. A key given twice keeps the
   * payload that comes later in the input (later layers win). With `duplicates` (as long as
   * `keys`), the index of the winning key is written at the index of each key it replaced.
   *
   * @example
   * const t = CompactTrie.build(['华为', '华为技术有限公司'], [0, 1]);
   * t.longestAt('在华为技术有限公司', 1) //=> { end: 9, value: 1 }
   */
  static build(keys: readonly string[], values: readonly number[], duplicates?: Int32Array): CompactTrie {
    if (values.length < keys.length) throw new RangeError('fewer payloads than keys');
    for (const v of values) if (!(v >= 0 && v < 16777216)) throw new RangeError(`trie payload out of range: ${v}`);
    // No string sort and no Map: depth-first, the keys of each node are partitioned by their next
    // code unit (an MSD radix sort done while building). Depth-first keeps each key's string hot
    // in the cache while its tail is laid out, so a million keys build in seconds.
    const n = keys.length;
    const ks: string[] = new Array<string>(n);
    const order = new Int32Array(n);
    let live = 0;
    for (let i = 0; i < n; i++) {
      const k = lowerAscii(keys[i] as string);
      ks[i] = k;
      if (k.length > 0) order[live++] = i;
    }
    let cap = 1024;
    let rec = new Int32Array(cap * W);
    const alloc = (count: number): number => {
      const at = used;
      used += count;
      if (used > cap) {
        while (cap < used) cap *= 2;
        const r = new Int32Array(cap * W);
        r.set(rec);
        rec = r;
      }
      for (let k = at; k < used; k++) rec[k * W + 2] = -1;
      return at;
    };
    let used = 0;
    alloc(1);
    const counts = new Int32Array(65536);
    const slot = new Int32Array(65536);
    const tmp = new Int32Array(live);
    const distinct: number[] = [];
    // Work items (node, lo, hi, depth): node covers order[lo, hi), keys sharing `depth` units.
    // The top TOP_LEVELS levels are laid out breadth-first (compact: every text position walks
    // them), everything below depth-first (a key's tail is a run of adjacent nodes).
    let stack = new Int32Array(4 * 256);
    let sp = 0;
    const push = (node: number, lo: number, hi: number, d: number): void => {
      if (sp + 4 > stack.length) {
        const s = new Int32Array(stack.length * 2);
        s.set(stack);
        stack = s;
      }
      stack[sp++] = node;
      stack[sp++] = lo;
      stack[sp++] = hi;
      stack[sp++] = d;
    };
    let queue = new Int32Array(4 * 256);
    let qHead = 0;
    let qTail = 0;
    const enqueue = (node: number, lo: number, hi: number, d: number): void => {
      if (qTail + 4 > queue.length) {
        const q = new Int32Array(queue.length * 2);
        q.set(queue);
        queue = q;
      }
      queue[qTail++] = node;
      queue[qTail++] = lo;
      queue[qTail++] = hi;
      queue[qTail++] = d;
    };
    let size = 0;
    /** Lays out the children of `nd`; returns their count (they are at rec[nd].first …). */
    const expand = (nd: number, lo: number, hi: number, d: number): number => {
      if (hi - lo === 1) {
        // one key left: its tail is a chain of adjacent nodes
        const idx = order[lo] as number;
        const k = ks[idx] as string;
        let cur = nd;
        for (let dd = d; dd < k.length; dd++) {
          const child = alloc(1);
          rec[cur * W] = child;
          rec[cur * W + 1] = ((rec[cur * W + 1] as number) & 0xffff) | (1 << 16);
          rec[child * W + 1] = k.charCodeAt(dd);
          cur = child;
        }
        rec[cur * W + 2] = values[idx] as number;
        size++;
        return 0;
      }
      // keys ending here: the one given last wins; the others are counted by next code unit
      let ended = -1;
      let endedCount = 0;
      distinct.length = 0;
      for (let j = lo; j < hi; j++) {
        const idx = order[j] as number;
        const k = ks[idx] as string;
        if (k.length === d) {
          if (idx > ended) ended = idx;
          endedCount++;
          continue;
        }
        const c = k.charCodeAt(d);
        if ((counts[c] as number) === 0) distinct.push(c);
        counts[c] = (counts[c] as number) + 1;
      }
      if (ended >= 0) {
        rec[nd * W + 2] = values[ended] as number;
        size++;
        if (duplicates && endedCount > 1) {
          for (let j = lo; j < hi; j++) {
            const idx = order[j] as number;
            if (idx !== ended && (ks[idx] as string).length === d) duplicates[idx] = ended;
          }
        }
      }
      if (distinct.length === 0) return 0;
      if (distinct.length > 65535) throw new RangeError('a trie node with more than 65,535 children');
      if (distinct.length > 1) distinct.sort((a, b) => a - b);
      let at = lo;
      for (const c of distinct) {
        slot[c] = at;
        at += counts[c] as number;
      }
      if (distinct.length > 1 || ended >= 0) {
        for (let j = lo; j < hi; j++) {
          const idx = order[j] as number;
          const k = ks[idx] as string;
          if (k.length === d) continue;
          const c = k.charCodeAt(d);
          const to = slot[c] as number;
          tmp[to] = idx;
          slot[c] = to + 1;
        }
        order.set(tmp.subarray(lo, at), lo);
      }
      const base = alloc(distinct.length);
      rec[nd * W] = base;
      rec[nd * W + 1] = ((rec[nd * W + 1] as number) & 0xffff) | (distinct.length << 16);
      // child m covers the keys of distinct[m]; its range is kept in slot[] for the caller
      let from = lo;
      for (let m = 0; m < distinct.length; m++) {
        const c = distinct[m] as number;
        const count = counts[c] as number;
        counts[c] = 0;
        rec[(base + m) * W + 1] = c;
        kidLo[m] = from;
        from += count;
        kidHi[m] = from;
      }
      return distinct.length;
    };
    const kidLo = new Int32Array(65536);
    const kidHi = new Int32Array(65536);
    if (live > 0) enqueue(0, 0, live, 0);
    // breadth-first over the top levels; nodes reaching the depth limit wait for the DFS
    const deferred: number[] = [];
    while (qHead < qTail) {
      const nd = queue[qHead++] as number;
      const lo = queue[qHead++] as number;
      const hi = queue[qHead++] as number;
      const d = queue[qHead++] as number;
      if (d >= TOP_LEVELS) {
        deferred.push(nd, lo, hi, d);
        continue;
      }
      const kids = expand(nd, lo, hi, d);
      const base = rec[nd * W] as number;
      for (let m = 0; m < kids; m++) enqueue(base + m, kidLo[m] as number, kidHi[m] as number, d + 1);
    }
    for (let k = deferred.length - 4; k >= 0; k -= 4) push(deferred[k] as number, deferred[k + 1] as number, deferred[k + 2] as number, deferred[k + 3] as number);
    deferred.length = 0;
    while (sp > 0) {
      const d = stack[--sp] as number;
      const hi = stack[--sp] as number;
      const lo = stack[--sp] as number;
      const nd = stack[--sp] as number;
      const kids = expand(nd, lo, hi, d);
      const base = rec[nd * W] as number;
      // children are pushed last-first, so the first child's subtree is laid out next
      for (let m = kids - 1; m >= 0; m--) push(base + m, kidLo[m] as number, kidHi[m] as number, d + 1);
    }
    return new CompactTrie(rec.slice(0, used * W), size);
  }

  /**
   * The same trie with every payload `v` replaced by `fn(v)`.
   *
   * @example
   * CompactTrie.build(['华为'], [1]).mapValues((v) => v * 2).get('华为') //=> 2
   */
  mapValues(fn: (v: number) => number): CompactTrie {
    const nodes = this.nodes.slice();
    for (let i = 2; i < nodes.length; i += W) {
      const v = nodes[i] as number;
      if (v < 0) continue;
      const m = fn(v);
      if (!(m >= 0 && m < 16777216)) throw new RangeError(`trie payload out of range: ${m}`);
      nodes[i] = m;
    }
    return new CompactTrie(nodes, this.size);
  }

  /** The node of the two-unit prefix `c1 c2` (folded), or -1. */
  private prefixNode(c1: number, c2: number): number {
    const table = this.prefixes;
    const mask = (table.length >>> 1) - 1;
    const key = (c1 << 16) | c2;
    for (let h = Math.imul(key, 0x9e3779b1) >>> this.prefixShift; ; h = (h + 1) & mask) {
      const node = table[2 * h + 1] as number;
      if (node < 0) return -1;
      if (table[2 * h] === key) return node;
    }
  }

  /** Child of `node` on code unit `c` (ASCII upper case folded), or -1. */
  private child(node: number, c: number): number {
    if (c >= 65 && c <= 90) c += 32;
    if (node === 0) return this.root[c] as number;
    const rec = this.nodes;
    let lo = rec[node * W] as number;
    let hi = lo + ((rec[node * W + 1] as number) >>> 16) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const l = (rec[mid * W + 1] as number) & 0xffff;
      if (l === c) return mid;
      if (l < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * The longest key starting at `start` in `text`, or null.
   *
   * @example
   * CompactTrie.build(['公司'], [7]).longestAt('该公司', 1) //=> { end: 3, value: 7 }
   */
  longestAt(text: string, start: number, limit = text.length): { end: number; value: number } | null {
    let node = 0;
    let bestEnd = -1;
    let bestValue = -1;
    for (let i = start; i < limit; i++) {
      node = this.child(node, text.charCodeAt(i));
      if (node < 0) break;
      const v = this.nodes[node * W + 2] as number;
      if (v >= 0) {
        bestEnd = i + 1;
        bestValue = v;
      }
    }
    return bestEnd < 0 ? null : { end: bestEnd, value: bestValue };
  }

  /**
   * Allocation-free form of {@link longestAt} for hot loops: returns -1 when nothing matches,
   * else `end * 2^24 + value` (decode with {@link CompactTrie.endOf} / {@link CompactTrie.valueOf}).
   *
   * @example
   * const m = CompactTrie.build(['华为'], [5]).packedLongestAt('华为云', 0);
   * [CompactTrie.endOf(m), CompactTrie.valueOf(m)] //=> [2, 5]
   */
  packedLongestAt(text: string, start: number, segments?: Int32Array): number {
    if (start >= text.length) return -1;
    let c = text.charCodeAt(start);
    if (c >= 65 && c <= 90) c += 32;
    // most positions start no key: this small part is what callers' loops inline
    if (((this.firsts[c >>> 5] as number) & (1 << (c & 31))) === 0) return -1;
    return this.walk(text, start, c, segments);
  }

  /** The walk of {@link packedLongestAt} from `start`, whose (folded) code unit `first` starts some key. */
  private walk(text: string, start: number, first: number, segments: Int32Array | undefined): number {
    const n = text.length;
    const rec = this.nodes;
    let best = -1;
    // a key of one unit (县 among the places, 局 among the suffixes) is answered from a bitset,
    // without a root step
    if (((this.singles[first >>> 5] as number) & (1 << (first & 31))) !== 0) {
      const v = rec[(this.root[first] as number) * W + 2] as number;
      if (segments === undefined || start + 1 >= n || segments[start] !== segments[start + 1] || (segments[start] as number) < 0) best = (start + 1) * 16777216 + v;
    }
    if (start + 1 >= n) return best;
    let c = text.charCodeAt(start + 1);
    if (c >= 65 && c <= 90) c += 32;
    // a position whose pair starts no key is rejected by the filter before the prefix table is probed
    const x = Math.imul((first << 16) | c, PAIR_MIX) >>> this.pairShift;
    if (((this.pairFilter[x >>> 5] as number) & (1 << (x & 31))) === 0) return best;
    // the first two units: one probe of the prefix table
    let node = this.prefixNode(first, c);
    if (node < 0) return best;
    // the walk is inlined (no child() call): this loop is the tagger's hot path
    for (let i = start + 1; ; ) {
      const b = node * W;
      const v = rec[b + 2] as number;
      // with `segments` (token index per character), only matches ending on a token end count
      if (v >= 0 && (segments === undefined || i + 1 >= n || segments[i] !== segments[i + 1] || (segments[i] as number) < 0)) {
        best = (i + 1) * 16777216 + v;
      }
      if (++i >= n) break;
      c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      node = -1;
      let lo = rec[b] as number;
      let hi = lo + ((rec[b + 1] as number) >>> 16) - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const l = (rec[mid * W + 1] as number) & 0xffff;
        if (l === c) {
          node = mid;
          break;
        }
        if (l < c) lo = mid + 1;
        else hi = mid - 1;
      }
      if (node < 0) break;
    }
    return best;
  }

  /**
   * Every key starting at `start` (with `segments`, only those ending on a token end), as packed
   * matches from shortest to longest, appended to `out`. For the rare caller that cannot use the
   * longest match alone (an analyzer that hides some entries).
   *
   * @example
   * const out: number[] = [];
   * CompactTrie.build(['华为', '华为公司'], [1, 2]).packedMatchesAt('华为公司', 0, undefined, out);
   * out.map(CompactTrie.valueOf) //=> [1, 2]
   */
  packedMatchesAt(text: string, start: number, segments: Int32Array | undefined, out: number[]): void {
    const n = text.length;
    let node = 0;
    for (let i = start; i < n; i++) {
      node = this.child(node, text.charCodeAt(i));
      if (node < 0) return;
      const v = this.nodes[node * W + 2] as number;
      if (v >= 0 && (segments === undefined || i + 1 >= n || segments[i] !== segments[i + 1] || (segments[i] as number) < 0)) {
        out.push((i + 1) * 16777216 + v);
      }
    }
  }

  /** End offset of a packed match. */
  static endOf(packed: number): number {
    return Math.floor(packed / 16777216);
  }

  /** Payload of a packed match. */
  static valueOf(packed: number): number {
    return packed % 16777216;
  }

  /** The payload of exactly `key`, or -1. */
  get(key: string): number {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      node = this.child(node, key.charCodeAt(i));
      if (node < 0) return -1;
    }
    return this.nodes[node * W + 2] as number;
  }

  /** Bytes held by the typed arrays. */
  get byteLength(): number {
    return this.nodes.byteLength + this.root.byteLength + this.firsts.byteLength + this.singles.byteLength + this.pairFilter.byteLength + this.prefixes.byteLength;
  }
}
