/**
 * A set of 32-bit token hashes with a bit table in front: most tokens of a document are in no set, and
 * one array read rules them out where a `Set.has` per token costs more than scanning the token.
 */
export class HashFilter {
  private readonly bits = new Uint32Array(1 << 11); // 65,536 bits
  private readonly hashes: ReadonlySet<number>;

  constructor(hashes: Iterable<number>) {
    this.hashes = new Set(hashes);
    for (const hash of this.hashes) this.bits[(hash >>> 5) & 0x7ff] |= 1 << (hash & 31);
  }

  get size(): number {
    return this.hashes.size;
  }

  has(hash: number): boolean {
    return (this.bits[(hash >>> 5) & 0x7ff] & (1 << (hash & 31))) !== 0 && this.hashes.has(hash);
  }
}
