/**
 * Part-of-speech tag names numbered once, so token tables store a small integer per token
 * instead of a string. Ids are positions in `names`; a name seen for the first time is added.
 * A segmenter owns one set (the jieba segmenter's starts with its dictionary's tag table, so
 * a dictionary tag id is already a tag id here).
 *
 * @example
 * const tags = new TagSet(['', 'n', 'v']);
 * tags.idOf('v') //=> 2
 * tags.idOf('nt') //=> 3 (added)
 * tags.names[3] //=> 'nt'
 */
export class TagSet {
  /** Tag name of each id. */
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  /** Starts with `initial`, id = position (a repeated name keeps its first id for lookups). */
  constructor(initial: readonly string[] = []) {
    for (const name of initial) {
      const id = this.names.push(name) - 1;
      if (!this.ids.has(name)) this.ids.set(name, id);
    }
  }

  /** The id of `name`, adding it when new. */
  idOf(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.push(name) - 1;
      this.ids.set(name, id);
    }
    return id;
  }
}

/**
 * A class of tags (verbs, nouns, name tags…) as a table by tag id of the tag set at hand: one
 * byte read per token on the hot paths instead of a string test. The table is remade when
 * another tag set comes, or the same one has grown. Entities read the table
 * ({@link TagClass.of}); statements ask about one token ({@link TagClass.has}).
 *
 * @example
 * const verbs = new TagClass((tag) => tag.startsWith('v'));
 * verbs.of(table)[table.tags[0]] //=> 1 for 增长/v
 * verbs.has(words, 0) //=> true
 */
export class TagClass {
  private names: readonly string[] | null = null;
  private table = new Uint8Array(0);

  constructor(private readonly member: (tag: string) => boolean) {}

  /** 1 for the tag ids of `tokens.tagSet` in the class, else 0. */
  of(tokens: { readonly tagSet: { readonly names: readonly string[] } }): Uint8Array {
    const names = tokens.tagSet.names;
    if (names !== this.names || this.table.length !== names.length) {
      const table = new Uint8Array(names.length);
      for (let id = 0; id < names.length; id++) table[id] = this.member(names[id]!) ? 1 : 0;
      this.table = table;
      this.names = names;
    }
    return this.table;
  }

  /** True when token `k` of `words` has a tag of this class. */
  has(words: { readonly tagSet: { readonly names: readonly string[] }; tag(k: number): number }, k: number): boolean {
    return this.of(words)[words.tag(k)] === 1;
  }

  /** True when the tag name `tag` is of this class. */
  test(tag: string): boolean {
    return this.member(tag);
  }
}
