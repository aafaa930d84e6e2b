// A read-only map from small non-negative integer keys to values, for lookups on the tagger's hot
// paths: open addressing over an Int32Array (multiplicative hash, linear probing, at most a quarter
// full), so a lookup is a multiply, a few array reads and no hashing of boxed keys. Built once.

/** Keys must be integers in [0, 2^31). */
export class IntTable<V> {
  private readonly keys: Int32Array;
  private readonly values: V[] = [];
  private readonly shift: number;
  private readonly mask: number;

  constructor(entries: Iterable<readonly [number, V]>) {
    const list = [...entries];
    let bits = 4;
    while (1 << bits < list.length * 4) {
      bits += 1;
    }
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    for (const [key, value] of list) {
      if (!Number.isInteger(key) || key < 0 || key > 0x7fffffff) {
        throw new RangeError(`IntTable keys are integers in [0, 2^31): ${key}`);
      }
      let slot = this.slotOf(key);
      while (this.keys[slot] !== -1 && this.keys[slot] !== key) {
        slot = (slot + 1) & this.mask;
      }
      this.keys[slot] = key;
      this.values[slot] = value;
    }
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  get(key: number): V | undefined {
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & this.mask) {
      const found = this.keys[slot] as number;
      if (found === key) {
        return this.values[slot];
      }
      if (found === -1) {
        return undefined;
      }
    }
  }
}
