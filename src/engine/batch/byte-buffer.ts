/** A byte buffer that grows by doubling, so that appending many chunks costs linear time. */
export class ByteBuffer {
  private data = new Uint8Array(1 << 16);
  length = 0;

  append(chunk: Uint8Array): void {
    if (this.length + chunk.length > this.data.length) {
      let size = this.data.length;
      while (size < this.length + chunk.length) size *= 2;
      const bigger = new Uint8Array(size);
      bigger.set(this.data.subarray(0, this.length));
      this.data = bigger;
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
    this.data.copyWithin(0, count, this.length);
    this.length -= count;
  }
}
