/**
 * A byte buffer that grows by doubling, so that appending many chunks costs linear time. The
 * first chunk is borrowed, not copied (most files of a batch arrive in one chunk); it is copied
 * only when more is appended. Callers must not change a chunk after handing it over.
 */
const EMPTY = new Uint8Array(0);

export class ByteBuffer {
  private data: Uint8Array = EMPTY;
  private owned = false;
  length = 0;

  append(chunk: Uint8Array): void {
    if (this.length === 0 && !this.owned) {
      this.data = chunk;
      this.length = chunk.length;
      return;
    }
    if (!this.owned || this.length + chunk.length > this.data.length) {
      let size = Math.max(1 << 16, this.data.length);
      while (size < this.length + chunk.length) size *= 2;
      const bigger = new Uint8Array(size);
      bigger.set(this.data.subarray(0, this.length));
      this.data = bigger;
      this.owned = true;
    }
    this.data.set(chunk, this.length);
    this.length += chunk.length;
  }

  /** The bytes held, without copying (valid until the next append or drop). */
  view(): Uint8Array {
    return this.data.subarray(0, this.length);
  }

  /** Forget the first `count` bytes. */
  drop(count: number): void {
    if (this.owned) this.data.copyWithin(0, count, this.length);
    else this.data = this.data.subarray(count);
    this.length -= count;
  }
}
