import type { Candidate } from './candidate';

/** A candidate relative to the start of the token it was read from. */
interface Reading {
  offset: number;
  length: number;
  /** The first reading; its start and end are replaced by the offsets above when replayed. */
  candidate: Candidate;
}

const SLOTS = 1 << 14;
const NONE: readonly Reading[] = [];

/**
 * What a recogniser read from a token, by the token's hash: code repeats its identifiers
 * (`hidden_states`, `self.config`), so most tokens are answered by one table lookup and one
 * comparison, without slicing or splitting them again. Direct-mapped: a token whose slot another
 * token took is simply read again.
 */
export class TokenCache {
  private readonly hashes = new Int32Array(SLOTS);
  private readonly texts: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
  private readonly readings: (readonly Reading[])[] = new Array<readonly Reading[]>(SLOTS).fill(NONE);

  /** Emits the cached readings of text[start, end) (`hash`: its foldHash) and returns true, or returns false if unknown. */
  replay(hash: number, text: string, start: number, end: number, emit: (candidate: Candidate) => void): boolean {
    const slot = hash & (SLOTS - 1);
    const known = this.texts[slot];
    if (known === undefined || this.hashes[slot] !== hash || known.length !== end - start || !sameText(known, text, start)) return false;
    const readings = this.readings[slot];
    for (let k = 0; k < readings.length; k++) {
      const { offset, length, candidate: c } = readings[k];
      // Built field by field: an object spread here costs more than the whole scan of the token.
      emit({ entryId: c.entryId, variantId: c.variantId, start: start + offset, end: start + offset + length, via: c.via, also: c.also, rank: c.rank });
    }
    return true;
  }

  /** Reads the token with `read`, emitting and remembering what it finds. */
  read(hash: number, text: string, start: number, end: number, emit: (candidate: Candidate) => void, read: (emit: (candidate: Candidate) => void) => void): void {
    const readings: Reading[] = [];
    read((c) => {
      readings.push({ offset: c.start - start, length: c.end - c.start, candidate: c });
      emit(c);
    });
    const slot = hash & (SLOTS - 1);
    this.hashes[slot] = hash;
    this.texts[slot] = flatCopy(text, start, end);
    this.readings[slot] = readings.length > 0 ? readings : NONE;
  }
}

/** A copy that keeps no reference to the document (a slice would pin it and read through it). */
function flatCopy(text: string, start: number, end: number): string {
  let copy = '';
  for (let i = start; i < end; i++) copy += String.fromCharCode(text.charCodeAt(i));
  return copy;
}

/** `text.startsWith(token, at)`, comparing code units in place. */
function sameText(token: string, text: string, at: number): boolean {
  for (let k = 0; k < token.length; k++) if (token.charCodeAt(k) !== text.charCodeAt(at + k)) return false;
  return true;
}

