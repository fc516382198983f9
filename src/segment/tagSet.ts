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
