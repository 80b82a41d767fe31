// stmgc/worklist.ts: a growable stack of int32 references in private JS memory, used for the
// per-worker remembered set, the list of objects allocated directly in old space, and the gray
// and mark stacks of the collectors (so no collector ever recurses on the JS stack). These are
// transient per-worker GC structures, empty at every transaction boundary in issue 6's terms.
export class WorkList {
  items: Int32Array;
  length = 0;
  constructor(capacity = 1024) { this.items = new Int32Array(capacity); }
  push(v: number): void {
    if (this.length === this.items.length) this.grow();
    this.items[this.length++] = v;
  }
  pop(): number { return this.items[--this.length]; }
  clear(): void {
    this.length = 0;
    // give back memory after an unusually large collection
    if (this.items.length > 1 << 20) this.items = new Int32Array(1024);
  }
  private grow(): void {
    const next = new Int32Array(this.items.length * 2);
    next.set(this.items);
    this.items = next;
  }
}
