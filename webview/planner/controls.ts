/** Form controls of the Planner: labelled native sliders, selects and number fields, all keyboard operable. */
import { h } from '../shared/components';

export interface SliderOptions {
  id: string;
  label: string;
  /** The values the slider steps through, ascending. */
  positions: readonly number[];
  value: number;
  format(value: number): string;
  onChange(value: number): void;
}

/** The positions, with `value` added when it is not one of them (the script's own value stays reachable). */
export function withValue(positions: readonly number[], value: number): number[] {
  return [...new Set([...positions, value])].sort((a, b) => a - b);
}

function nearestIndex(positions: readonly number[], value: number): number {
  let best = 0;
  positions.forEach((p, i) => {
    if (Math.abs(p - value) < Math.abs(positions[best] - value)) best = i;
  });
  return best;
}

export function slider(o: SliderOptions): HTMLElement {
  const positions = withValue(o.positions, o.value);
  const input = h('input', { type: 'range', id: o.id, min: 0, max: positions.length - 1, step: 1 }) as HTMLInputElement;
  const output = h('output', { id: `${o.id}-value`, for: o.id });
  const show = (value: number) => {
    output.textContent = o.format(value);
    input.setAttribute('aria-valuetext', o.format(value));
  };
  input.value = String(nearestIndex(positions, o.value));
  show(o.value);
  input.addEventListener('input', () => {
    const value = positions[Number(input.value)];
    show(value);
    o.onChange(value);
  });
  return h('div', { class: 'control slider' }, h('label', { for: o.id }, o.label), h('div', { class: 'slider-row' }, input, output));
}

export interface SelectOptions<T extends string> {
  id: string;
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange(value: T): void;
}

export function select<T extends string>(o: SelectOptions<T>): HTMLElement {
  const element = h('select', { id: o.id }, ...o.options.map((option) => h('option', { value: option.value, selected: option.value === o.value }, option.label))) as HTMLSelectElement;
  element.value = o.value;
  element.addEventListener('change', () => o.onChange(element.value as T));
  return h('div', { class: 'control' }, h('label', { for: o.id }, o.label), element);
}

export interface NumberFieldOptions {
  id: string;
  label: string;
  value: number;
  invalid: string;
  format(value: number): string;
  /** A valid value typed in the field, or undefined. */
  parse(text: string): number | undefined;
  onChange(value: number): void;
}

/** A text field for an exact number; an invalid entry is flagged and leaves the value as it was. */
export function numberField(o: NumberFieldOptions): HTMLElement {
  const input = h('input', { type: 'text', id: o.id, inputmode: 'decimal', 'aria-describedby': `${o.id}-error` }) as HTMLInputElement;
  const error = h('p', { id: `${o.id}-error`, class: 'field-error', role: 'alert' });
  input.value = o.format(o.value);
  input.addEventListener('input', () => {
    const value = o.parse(input.value);
    const invalid = value === undefined;
    error.textContent = invalid ? o.invalid : '';
    input.toggleAttribute('aria-invalid', invalid);
    if (!invalid) o.onChange(value);
  });
  return h('div', { class: 'control' }, h('label', { for: o.id }, o.label), input, error);
}

/** "8", "2.5", "1,000", "2e12", "300B", "1.4T" as people type them. */
export function parseAmount(text: string): number | undefined {
  const match = /^([0-9][0-9_,]*(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?)\s*([kmbt])?$/i.exec(text.trim());
  if (!match) return undefined;
  const scale = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 }[(match[2] ?? '').toLowerCase() as 'k' | 'm' | 'b' | 't'] ?? 1;
  const value = Number(match[1].replace(/[_,]/g, '')) * scale;
  return Number.isFinite(value) ? value : undefined;
}
