/**
 * A growable list of word spans in parallel typed arrays: `[starts[i], ends[i])` with a tag id
 * (`-1`: not a dictionary word, the m/eng/x rule decides). Segmenting into it allocates nothing
 * per word; strings and objects are made only by whoever reads it.
 */
export class SpanBuffer {
  starts: Int32Array;
  ends: Int32Array;
  tags: Int32Array;
  length = 0;

  constructor(capacity = 256) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.tags = new Int32Array(capacity);
  }

  push(start: number, end: number, tag: number): void {
    if (this.length === this.starts.length) this.grow();
    const i = this.length++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.tags[i] = tag;
  }

  clear(): void {
    this.length = 0;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const tags = new Int32Array(size);
    tags.set(this.tags);
    this.starts = starts;
    this.ends = ends;
    this.tags = tags;
  }
}
