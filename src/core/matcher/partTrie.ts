interface Node {
  next: Map<string, Node>;
  entryId: string | null | undefined;
}

const node = (): Node => ({ next: new Map(), entryId: undefined });

/** Code spellings as sequences of identifier words, found anywhere in a longer identifier. */
export class PartTrie {
  private readonly root = node();

  add(parts: readonly string[], entryId: string): void {
    let at = this.root;
    for (const part of parts) {
      let child = at.next.get(part);
      if (!child) at.next.set(part, (child = node()));
      at = child;
    }
    // A sequence two entries claim is ambiguous and matches nothing (see `claim`).
    at.entryId = at.entryId === undefined || at.entryId === entryId ? entryId : null;
  }

  /** The longest known sequence starting at `parts[from]`: how many parts and which entry. */
  longestAt(parts: readonly string[], from: number): { length: number; entryId: string } | undefined {
    let at: Node | undefined = this.root;
    let best: { length: number; entryId: string } | undefined;
    for (let i = from; i < parts.length; i++) {
      at = at.next.get(parts[i]);
      if (!at) break;
      if (at.entryId) best = { length: i - from + 1, entryId: at.entryId };
    }
    return best;
  }
}
