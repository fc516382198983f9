/**
 * Builds a double-array trie from sorted keys. Keys are strings of dense alphabet codes (one
 * UTF-16 unit per code, codes ≥ 1), sorted by code unit order, without duplicates. Node 0 is
 * the root; the child of node s by code c sits at base[s] + c and has check === s. Free slots
 * are kept in a doubly linked list so placing a node only visits free slots.
 */
export interface DoubleArray {
  readonly base: Int32Array;
  readonly check: Int32Array;
  /** node of each key, by key index */
  readonly nodeOfKey: Int32Array;
}

export function buildDoubleArray(keys: readonly string[]): DoubleArray {
  let capacity = 1 << 16;
  let base: Int32Array = new Int32Array(capacity);
  let check: Int32Array = new Int32Array(capacity).fill(-1);
  let next: Int32Array = new Int32Array(capacity);
  let prev: Int32Array = new Int32Array(capacity);
  // free list over slots 1..capacity-1 (slot 0 is the root); -1 ends it
  const link = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      next[i] = i + 1 < to ? i + 1 : -1;
      prev[i] = i - 1 >= from ? i - 1 : -1;
    }
  };
  link(1, capacity);
  let head = 1;
  let tail = capacity - 1;
  check[0] = 0;
  const grow = (need: number): void => {
    let size = capacity;
    while (size <= need) size = Math.ceil(size * 1.5);
    const resize = (a: Int32Array, fill: number): Int32Array => {
      const b = new Int32Array(size).fill(fill);
      b.set(a);
      return b;
    };
    base = resize(base, 0);
    check = resize(check, -1);
    next = resize(next, 0);
    prev = resize(prev, 0);
    const old = capacity;
    capacity = size;
    link(old, capacity);
    prev[old] = tail;
    if (tail >= 0) next[tail] = old;
    else head = old;
    tail = capacity - 1;
  };
  const take = (slot: number): void => {
    const p = prev[slot]!;
    const n = next[slot]!;
    if (p >= 0) next[p] = n;
    else head = n;
    if (n >= 0) prev[n] = p;
    else tail = p;
  };

  const nodeOfKey = new Int32Array(keys.length).fill(-1);
  // work items: node, key range [lo, hi), depth
  const stack: number[] = [0, 0, keys.length, 0];
  const codes: number[] = [];
  const starts: number[] = [];
  while (stack.length > 0) {
    const depth = stack.pop()!;
    const hi = stack.pop()!;
    let lo = stack.pop()!;
    const node = stack.pop()!;
    if (keys[lo]!.length === depth) {
      nodeOfKey[lo] = node; // sorted: the key ending here comes first in its range
      lo++;
    }
    if (lo >= hi) continue;
    codes.length = 0;
    starts.length = 0;
    for (let k = lo; k < hi; k++) {
      const c = keys[k]!.charCodeAt(depth);
      if (codes.length === 0 || codes[codes.length - 1] !== c) {
        codes.push(c);
        starts.push(k);
      }
    }
    const first = codes[0]!;
    const last = codes[codes.length - 1]!;
    let b = -1;
    for (let slot = head; ; slot = next[slot]!) {
      if (slot < 0) {
        grow(capacity + last + 1);
        slot = head;
        while (slot >= 0 && slot - first < 1) slot = next[slot]!;
        if (slot < 0) throw new Error('double array: no free slot after growing');
      }
      const candidate = slot - first;
      if (candidate < 1) continue;
      if (candidate + last >= capacity) grow(candidate + last + 1);
      let fits = true;
      for (let i = 1; i < codes.length; i++) {
        if (check[candidate + codes[i]!] !== -1) {
          fits = false;
          break;
        }
      }
      if (fits) {
        b = candidate;
        break;
      }
    }
    base[node] = b;
    for (let i = 0; i < codes.length; i++) {
      const child = b + codes[i]!;
      check[child] = node;
      take(child);
      stack.push(child, starts[i]!, i + 1 < codes.length ? starts[i + 1]! : hi, depth + 1);
    }
  }
  // trim to the last used slot (plus the widest alphabet code, so base + c never overruns)
  let used = capacity - 1;
  while (used > 0 && check[used] === -1) used--;
  const size = used + 1;
  return { base: base.slice(0, size), check: check.slice(0, size), nodeOfKey };
}
