/**
 * Positions of strings in a list, by exact equality: for looking up many ids at once (the cadre id
 * of every training record). A Map does the same, but each look-up of a string it has not met
 * before reads the key it compares with from wherever that string lies in memory. Here the keys'
 * characters are copied side by side into one typed array and the table holds their hashes, so a
 * look-up reads the string looked up and a few places in arrays that stay in the processor's cache.
 */
export class StringIndex {
  /** For each key, the position of the first key equal to it (its own position when it is the first). */
  readonly firsts: Int32Array;
  /** Two numbers per slot: a key's position + 1 (0: an empty slot), then its hash. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The keys' characters, key i at [starts[i], starts[i + 1]). */
  private readonly chars: Uint16Array;
  private readonly starts: Int32Array;

  constructor(keys: readonly string[]) {
    let size = 16;
    // At most half full, so that a look-up seldom goes past its first slot.
    while (size < keys.length * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    let length = 0;
    for (let i = 0; i < keys.length; i++) length += keys[i]!.length;
    this.chars = new Uint16Array(length);
    this.starts = new Int32Array(keys.length + 1);
    this.firsts = new Int32Array(keys.length);
    let at = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      this.starts[i] = at;
      for (let k = 0; k < key.length; k++) this.chars[at++] = key.charCodeAt(k);
      this.starts[i + 1] = at;
      const hash = hashOf(key);
      const slot = this.slotOf(key, hash);
      const first = this.slots[slot]! - 1;
      if (first < 0) {
        this.slots[slot] = i + 1;
        this.slots[slot + 1] = hash;
      }
      this.firsts[i] = first < 0 ? i : first;
    }
  }

  /** The position of the first key equal to `text`, or -1. */
  find(text: string): number {
    return this.slots[this.slotOf(text, hashOf(text))]! - 1;
  }

  /** The slot (an index into `slots`) of the key equal to `text`, or of the empty slot where it would go. */
  private slotOf(text: string, hash: number): number {
    const { slots, mask } = this;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const position = slots[2 * s]!;
      if (position === 0 || (slots[2 * s + 1] === hash && this.isKeyAt(position - 1, text))) return 2 * s;
    }
  }

  /** Whether the key at `position` is `text`. */
  isKeyAt(position: number, text: string): boolean {
    const from = this.starts[position]!;
    if (this.starts[position + 1]! - from !== text.length) return false;
    for (let k = 0; k < text.length; k++) if (this.chars[from + k] !== text.charCodeAt(k)) return false;
    return true;
  }
}

/** FNV-1a over the UTF-16 code units, the high bits folded into the low ones the table uses. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash ^ (hash >>> 16)) | 0;
}
