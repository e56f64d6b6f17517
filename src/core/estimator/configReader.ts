/**
 * Typed, validated access to the fields of a parsed config. Every read names the key it uses, so a
 * refusal can say exactly which field is wrong. `null` (Python `None`) means "use the default", as in
 * Transformers' config classes.
 */
import { describeType, fail, shown } from './failure';

export interface Range {
  min: number;
  max: number;
}

/**
 * Accepted ranges. The upper bounds sit far above any published model, yet low enough that the
 * count of a config within them stays an exact integer in most cases (the total is checked anyway).
 */
export const RANGES = {
  width: { min: 1, max: 1_048_576 }, // hidden, intermediate, head and embedding sizes
  layers: { min: 1, max: 10_000 },
  heads: { min: 1, max: 65_536 },
  vocab: { min: 1, max: 16_777_216 },
  positions: { min: 1, max: 1_073_741_824 },
  typeVocab: { min: 0, max: 65_536 },
  experts: { min: 1, max: 65_536 },
  buckets: { min: 1, max: 65_536 },
} as const satisfies Record<string, Range>;

export class ConfigReader {
  private largest: { key: string; value: number } | undefined;
  private readonly consulted = new Set<string>();

  /**
   * `prefix` names a nested config (`text_config.`) in messages, so that a refusal points at the field
   * as the user sees it in the file.
   */
  constructor(
    private readonly raw: Readonly<Record<string, unknown>>,
    private readonly prefix = '',
    private readonly parent?: ConfigReader,
  ) {}

  /** A whole number from the first of `keys` that is set; `fallback` when none is (undefined ⇒ required). */
  int(keys: string | readonly string[], fallback: number | undefined, range: Range): number {
    const found = this.find(keys);
    if (found === undefined) {
      if (fallback !== undefined) return fallback;
      const key = this.named(typeof keys === 'string' ? keys : keys[0]);
      fail('missing-field', key, {
        en: `The config has no "${key}", which is needed to count the parameters.`,
        ko: `파라미터 수를 세는 데 필요한 "${key}" 항목이 설정에 없습니다.`,
      });
    }
    const [key, value] = found;
    return this.checkInt(key, value, range);
  }

  /** Like `int`, but absent (or null) gives undefined: for fields whose default is derived from others. */
  optionalInt(keys: string | readonly string[], range: Range): number | undefined {
    const found = this.find(keys);
    return found === undefined ? undefined : this.checkInt(found[0], found[1], range);
  }

  /**
   * For fields where an explicit null differs from absence (e.g. `sliding_window: null` turns the
   * window off, while a missing key takes the class default): undefined if absent, null if null.
   */
  nullableInt(key: string, range: Range): number | null | undefined {
    this.consulted.add(key);
    if (!Object.hasOwn(this.raw, key) || this.raw[key] === undefined) return undefined;
    return this.raw[key] === null ? null : this.checkInt(key, this.raw[key], range);
  }

  bool(key: string, fallback: boolean): boolean {
    const found = this.find(key);
    if (found === undefined) return fallback;
    if (typeof found[1] !== 'boolean') {
      const type = describeType(found[1]);
      const name = this.named(key);
      fail('wrong-type', name, {
        en: `"${name}" must be true or false, but it is ${type.en}.`,
        ko: `"${name}" 값은 true 또는 false여야 하는데 ${type.ko}입니다.`,
      });
    }
    return found[1];
  }

  string(key: string, fallback: string): string {
    const found = this.find(key);
    if (found === undefined) return fallback;
    if (typeof found[1] !== 'string') {
      const type = describeType(found[1]);
      const name = this.named(key);
      fail('wrong-type', name, {
        en: `"${name}" must be text, but it is ${type.en}.`,
        ko: `"${name}" 값은 문자열이어야 하는데 ${type.ko}입니다.`,
      });
    }
    return found[1];
  }

  /** A list of texts (`layer_types`), or undefined when absent or null. */
  stringList(key: string): string[] | undefined {
    const list = this.list(key);
    if (list === undefined) return undefined;
    if (!list.every((item) => typeof item === 'string')) this.failList(key, { en: 'texts', ko: '문자열' });
    return list as string[];
  }

  /** A list of whole numbers within `range` (`mlp_only_layers`), or undefined when absent or null. */
  intList(key: string, range: Range): number[] | undefined {
    const list = this.list(key);
    if (list === undefined) return undefined;
    return list.map((item) => this.checkInt(key, item, range));
  }

  /** A nested config object (`text_config`, `attn_config`) as a reader of its own; undefined when absent. */
  child(key: string): ConfigReader | undefined {
    const found = this.find(key);
    if (found === undefined) return undefined;
    const value = found[1];
    if (typeof value !== 'object' || Array.isArray(value)) {
      const type = describeType(value);
      const name = this.named(key);
      fail('wrong-type', name, {
        en: `"${name}" must be an object of settings, but it is ${type.en}.`,
        ko: `"${name}" 값은 설정 객체여야 하는데 ${type.ko}입니다.`,
      });
    }
    return new ConfigReader(value as Record<string, unknown>, `${this.prefix}${key}.`, this);
  }

  /** The value as written (undefined when absent or null), for fields with a structure of their own. */
  rawValue(key: string): unknown {
    return this.find(key)?.[1];
  }

  /** The key that gave the largest size: the one to blame when a total is too large to count exactly. */
  largestField(): { key: string; value: number } | undefined {
    return this.largest;
  }

  /** Keys present in the config (with a value other than null) that no read asked for, in file order. */
  unreadKeys(): string[] {
    return Object.keys(this.raw).filter((key) => !this.consulted.has(key) && this.raw[key] !== null && this.raw[key] !== undefined);
  }

  private named(key: string): string {
    return this.prefix + key;
  }

  private list(key: string): unknown[] | undefined {
    const found = this.find(key);
    if (found === undefined) return undefined;
    if (!Array.isArray(found[1])) this.failList(key, undefined);
    return found[1] as unknown[];
  }

  private failList(key: string, items: { en: string; ko: string } | undefined): never {
    const name = this.named(key);
    fail('wrong-type', name, {
      en: `"${name}" must be a list${items ? ` of ${items.en}` : ''}.`,
      ko: `"${name}" 값은 ${items ? `${items.ko} ` : ''}리스트여야 합니다.`,
    });
  }

  private find(keys: string | readonly string[]): [string, unknown] | undefined {
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      this.consulted.add(key);
      const value = Object.hasOwn(this.raw, key) ? this.raw[key] : undefined;
      if (value !== undefined && value !== null) return [key, value];
    }
    return undefined;
  }

  private checkInt(field: string, value: unknown, range: Range): number {
    const key = this.named(field);
    if (typeof value !== 'number') {
      const type = describeType(value);
      fail('wrong-type', key, {
        en: `"${key}" must be a whole number, but it is ${type.en}.`,
        ko: `"${key}" 값은 정수여야 하는데 ${type.ko}입니다.`,
      });
    }
    if (!Number.isFinite(value)) {
      fail('out-of-range', key, {
        en: `"${key}" is not a finite number (${shown(value)}).`,
        ko: `"${key}" 값이 유한한 수가 아닙니다(${shown(value)}).`,
      });
    }
    if (!Number.isInteger(value)) {
      fail('wrong-type', key, {
        en: `"${key}" must be a whole number, but it is ${shown(value)}.`,
        ko: `"${key}" 값은 정수여야 하는데 ${shown(value)}입니다.`,
      });
    }
    if (value < range.min) {
      fail('out-of-range', key, {
        en: `"${key}" must be at least ${range.min}, but it is ${shown(value)}.`,
        ko: `"${key}" 값은 ${range.min} 이상이어야 하는데 ${shown(value)}입니다.`,
      });
    }
    if (value > range.max) {
      fail('out-of-range', key, {
        en: `"${key}" = ${shown(value)} is far beyond any real model (the limit here is ${range.max}).`,
        ko: `"${key}" = ${shown(value)}은(는) 실제 모델의 범위를 크게 벗어납니다(허용 한도 ${range.max}).`,
      });
    }
    this.noteSize(key, value);
    return value;
  }

  private noteSize(key: string, value: number): void {
    if (this.parent) this.parent.noteSize(key, value);
    else if (this.largest === undefined || value > this.largest.value) this.largest = { key, value };
  }
}
