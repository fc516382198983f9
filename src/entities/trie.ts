const PAIR_BITS = 1 << 20;
function pairHash(a: number, b: number): number {
  return (Math.imul(a, 65599) ^ b) & (PAIR_BITS - 1);
}

function lowerAscii(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  }
  return s;
}

/**
 * A read-only trie over UTF-16 code units stored in a few typed arrays (no object per node), so
 * a dictionary of a million names stays a handful of flat arrays and can later be written to
 * and read from a binary cache as-is.
 *
 * Layout: nodes are numbered breadth-first, so the children of a node are consecutive;
 * `label[n]` is the code unit on the edge into node `n`, `first[n]`/`count[n]` locate its
 * children (sorted by label, found by binary search), `value[n]` is the payload of a key ending
 * at `n` or -1. The root's children are found through a direct 65,536-entry table.
 *
 * ASCII letters match case-insensitively (keys are stored lower-cased; `Visa` finds `visa`).
 */
export class CompactTrie {
  private readonly label: Uint16Array;
  private readonly first: Int32Array;
  private readonly count: Uint32Array;
  private readonly value: Int32Array;
  private readonly root: Int32Array;
  /** Bitset over hashed first-two-code-unit pairs of the keys; null when some key has one unit. */
  private readonly pairs: Uint8Array | null;
  /** Number of keys. */
  readonly size: number;

  private constructor(
    label: Uint16Array,
    first: Int32Array,
    count: Uint32Array,
    value: Int32Array,
    root: Int32Array,
    size: number,
    pairs: Uint8Array | null,
  ) {
    this.pairs = pairs;
    this.label = label;
    this.first = first;
    this.count = count;
    this.value = value;
    this.root = root;
    this.size = size;
  }

  /**
   * Builds a trie from keys and their non-negative payloads. A key given twice keeps the
   * payload that comes later in the input (later layers win).
   *
   * @example
   * const t = CompactTrie.build(['华为', '华为技术有限公司'], [0, 1]);
   * t.longestAt('在华为技术有限公司', 1) //=> { end: 9, value: 1 }
   */
  static build(keys: readonly string[], values: readonly number[]): CompactTrie {
    for (const v of values) if (!(v >= 0 && v < 16777216)) throw new RangeError(`trie payload out of range: ${v}`);
    // dedupe (a later key overwrites an earlier one), then sort by UTF-16 code units
    const byKey = new Map<string, number>();
    for (let i = 0; i < keys.length; i++) {
      const k = lowerAscii(keys[i] as string);
      if (k.length > 0) byKey.set(k, values[i] as number);
    }
    const sk = [...byKey.keys()].sort();
    const sv = sk.map((k) => byKey.get(k) as number);
    let cap = 1024;
    let label = new Uint16Array(cap);
    let first = new Int32Array(cap);
    let count = new Uint32Array(cap);
    let value = new Int32Array(cap).fill(-1);
    const grow = (need: number): void => {
      if (need <= cap) return;
      while (cap < need) cap *= 2;
      const l = new Uint16Array(cap);
      l.set(label);
      label = l;
      const f = new Int32Array(cap);
      f.set(first);
      first = f;
      const c = new Uint32Array(cap);
      c.set(count);
      count = c;
      const v = new Int32Array(cap).fill(-1);
      v.set(value);
      value = v;
    };
    // BFS over key ranges: node n covers sk[lo[n], hi[n]) which share the first depth[n] units.
    // The queue is the node table itself (typed arrays), so a million keys allocate no objects.
    let qLo = new Int32Array(cap);
    let qHi = new Int32Array(cap);
    let qDepth = new Int32Array(cap);
    const growQueue = (need: number): void => {
      if (need <= qLo.length) return;
      let size = qLo.length;
      while (size < need) size *= 2;
      const a = new Int32Array(size);
      a.set(qLo);
      qLo = a;
      const b = new Int32Array(size);
      b.set(qHi);
      qHi = b;
      const c = new Int32Array(size);
      c.set(qDepth);
      qDepth = c;
    };
    qHi[0] = sk.length;
    let nodes = 1;
    for (let n = 0; n < nodes; n++) {
      let lo = qLo[n] as number;
      const hi = qHi[n] as number;
      const d = qDepth[n] as number;
      if (lo < hi && (sk[lo] as string).length === d) {
        value[n] = sv[lo] as number;
        lo++;
      }
      first[n] = nodes;
      let children = 0;
      let i = lo;
      while (i < hi) {
        const c = (sk[i] as string).charCodeAt(d);
        let j = i + 1;
        while (j < hi && (sk[j] as string).charCodeAt(d) === c) j++;
        grow(nodes + 1);
        growQueue(nodes + 1);
        label[nodes] = c;
        qLo[nodes] = i;
        qHi[nodes] = j;
        qDepth[nodes] = d + 1;
        nodes++;
        children++;
        i = j;
      }
      count[n] = children;
    }
    const root = new Int32Array(65536).fill(-1);
    for (let k = 0; k < (count[0] as number); k++) {
      const child = (first[0] as number) + k;
      root[label[child] as number] = child;
    }
    // Most text positions start no key: a 128 KB bitset of key-start pairs rejects them before
    // any trie step (with tens of thousands of keys, few unrelated pairs collide).
    let pairs: Uint8Array | null = new Uint8Array(PAIR_BITS >>> 3);
    for (const k of sk) {
      if (k.length < 2) {
        pairs = null;
        break;
      }
      const h = pairHash(k.charCodeAt(0), k.charCodeAt(1));
      pairs[h >>> 3] = (pairs[h >>> 3] as number) | (1 << (h & 7));
    }
    return new CompactTrie(label.slice(0, nodes), first.slice(0, nodes), count.slice(0, nodes), value.slice(0, nodes), root, sk.length, pairs);
  }

  /** Child of `node` on code unit `c` (ASCII upper case folded), or -1. */
  private child(node: number, c: number): number {
    if (c >= 65 && c <= 90) c += 32;
    if (node === 0) return this.root[c] as number;
    let lo = this.first[node] as number;
    let hi = lo + (this.count[node] as number) - 1;
    const label = this.label;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const l = label[mid] as number;
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
      const v = this.value[node] as number;
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
    const n = text.length;
    if (start >= n) return -1;
    let c = text.charCodeAt(start);
    if (c >= 65 && c <= 90) c += 32;
    const pairs = this.pairs;
    if (pairs !== null) {
      if (start + 1 >= n) return -1;
      let c2 = text.charCodeAt(start + 1);
      if (c2 >= 65 && c2 <= 90) c2 += 32;
      const h = pairHash(c, c2);
      if (((pairs[h >>> 3] as number) & (1 << (h & 7))) === 0) return -1;
    }
    let node = this.root[c] as number;
    if (node < 0) return -1;
    // the walk is inlined (no child() call): this loop is the tagger's hot path
    const { value, label, first, count } = this;
    let best = -1;
    for (let i = start; ; ) {
      const v = value[node] as number;
      // with `segments` (token index per character), only matches ending on a token end count
      if (v >= 0 && (segments === undefined || i + 1 >= n || segments[i] !== segments[i + 1] || (segments[i] as number) < 0)) {
        best = (i + 1) * 16777216 + v;
      }
      if (++i >= n) break;
      c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      let lo = first[node] as number;
      let hi = lo + (count[node] as number) - 1;
      node = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const l = label[mid] as number;
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
    return this.value[node] as number;
  }

  /** Bytes held by the typed arrays. */
  get byteLength(): number {
    return this.label.byteLength + this.first.byteLength + this.count.byteLength + this.value.byteLength + this.root.byteLength + (this.pairs?.byteLength ?? 0);
  }
}
