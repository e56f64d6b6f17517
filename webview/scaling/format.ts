import { compactNumber, scientific } from '../../src/core/present/format';

/** Fills {0}, {1}… in a localised template. */
export function fill(template: string, ...args: Array<string | number>): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** Like `fill`, but the arguments may be DOM nodes: returns the pieces to append, in order. */
export function fillParts<T>(template: string, ...args: Array<string | T>): Array<string | T> {
  const parts: Array<string | T> = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\d)\}/g)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push(args[Number(match[1])] ?? '');
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** A number to `digits` decimals, without trailing zeros: 4.6600 → "4.66", 20.0 → "20". */
export function decimals(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** A number as one types it, for a text field: 5.76e23, 1e24. */
export function exponential(value: number): string {
  const [mantissa, exponent] = value.toExponential(2).split('e');
  return `${Number(mantissa)}e${Number(exponent)}`;
}

/** Big counts for people: "175B", "1.8T"; below a thousand, three significant digits. */
export function count(value: number): string {
  return value >= 1000 ? compactNumber(value) : String(Number(value.toPrecision(3)));
}

/** FLOPs and other quantities across many decades: "5.76×10²³", and "10¹⁹" for an exact power of ten. */
export function flops(value: number): string {
  return scientific(value).replace(/^1×/, '');
}

/**
 * Tick labels of a logarithmic axis: only exact powers of ten are labelled, so the axis reads
 * 1M, 10M, 100M, 1B… instead of every minor tick.
 */
export function powerOfTenTick(value: number, label: (v: number) => string = count, every = 1): string | undefined {
  const exponent = Math.log10(value);
  const whole = Math.round(exponent);
  return Math.abs(exponent - whole) < 1e-9 && whole % every === 0 ? label(value) : undefined;
}

/** A decimal year as "2020-05", or "2020" when only the year is known. */
export function yearMonth(date: number, monthKnown: boolean): string {
  const year = Math.floor(date);
  if (!monthKnown) return String(year);
  const month = Math.min(12, Math.max(1, Math.round((date - year) * 12 + 0.5)));
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Today as a decimal year, for plotting the user's model "now". */
export function decimalYearOf(date: Date): number {
  const start = Date.UTC(date.getUTCFullYear(), 0, 1);
  const end = Date.UTC(date.getUTCFullYear() + 1, 0, 1);
  return date.getUTCFullYear() + (date.getTime() - start) / (end - start);
}

/** Breaks text into lines of at most `width` characters at spaces (tooltips have no wrapping). */
export function wrap(text: string, width = 64): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
