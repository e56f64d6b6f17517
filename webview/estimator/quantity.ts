/**
 * Reads the numbers typed into the report's fields, written the ways people write token counts:
 * "300B", "1.4T", "2.5e9", "2,000,000", "4k". Empty means "use the default" (null); anything else that
 * does not read as a positive number is undefined (invalid).
 */
/** Powers of ten of the suffixes; applied to the decimal exponent so "1.4T" is exactly 1.4×10¹². */
const SUFFIX_EXPONENTS: Record<string, number> = { k: 3, m: 6, b: 9, t: 12 };
const QUANTITY = /^(\d+(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?\s*([kmbt])?$/i;

export function parseQuantity(text: string): number | null | undefined {
  // Separators only between digit groups of three: "2,000,000", "1_024", "1 000"; never "3 4".
  const trimmed = text.trim().replace(/(?<=\d)[,_\s](?=\d{3}(?!\d))/g, '');
  if (trimmed === '') return null;
  const match = QUANTITY.exec(trimmed);
  if (match === null) return undefined;
  const [, mantissa, exponent, suffix] = match;
  const power = Number(exponent ?? 0) + (suffix ? SUFFIX_EXPONENTS[suffix.toLowerCase()] : 0);
  const value = Number(`${mantissa}e${power}`);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** A whole number within `max`; null when empty. Rounds "4.0k" but refuses "1.5" tokens of context. */
export function parseCount(text: string, max: number): number | null | undefined {
  const value = parseQuantity(text);
  if (value === null || value === undefined) return value;
  const rounded = Math.round(value);
  return Math.abs(value - rounded) < 1e-9 * value && rounded >= 1 && rounded <= max ? rounded : undefined;
}

/** A positive amount within `max`; null when empty. */
export function parseAmount(text: string, max: number): number | null | undefined {
  const value = parseQuantity(text);
  if (value === null || value === undefined) return value;
  return value <= max ? value : undefined;
}
