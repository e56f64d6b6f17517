import { h } from '../shared/components';

type TextField = HTMLElement & { value: string };

export interface SliderFieldOptions {
  /** The slider's id; the field is `<id>-field`. */
  id: string;
  label: string;
  sliderLabel: string;
  invalid: string;
  value: number;
  /** The slider's own scale (e.g. log10 of the value). */
  slider: { min: number; max: number; step: number; to(value: number): number; from(position: number): number };
  format(value: number): string;
  /** A valid value typed in the field, or undefined. */
  parse(text: string): number | undefined;
  onChange(value: number): void;
}

/**
 * A slider for quick exploration beside a text field for exact values, kept in step. Both are
 * keyboard controls; an invalid entry is flagged and leaves the value as it was.
 */
export function sliderField(o: SliderFieldOptions): HTMLElement {
  const slider = h('input', {
    type: 'range',
    id: o.id,
    min: o.slider.min,
    max: o.slider.max,
    step: o.slider.step,
    'aria-label': o.sliderLabel,
  }) as HTMLInputElement;
  const field = h('vscode-text-field', { id: `${o.id}-field`, inputmode: 'decimal', 'aria-describedby': `${o.id}-error` }, o.label) as TextField;
  const error = h('p', { id: `${o.id}-error`, class: 'field-error', role: 'alert' });
  const clamp = (position: number) => Math.min(o.slider.max, Math.max(o.slider.min, position));
  slider.value = String(clamp(o.slider.to(o.value)));
  field.value = o.format(o.value);

  slider.addEventListener('input', () => {
    const value = o.slider.from(Number(slider.value));
    field.value = o.format(value);
    setError(false);
    o.onChange(value);
  });
  field.addEventListener('input', () => {
    const value = o.parse(field.value);
    setError(value === undefined);
    if (value === undefined) return;
    slider.value = String(clamp(o.slider.to(value)));
    o.onChange(value);
  });

  function setError(invalid: boolean): void {
    error.textContent = invalid ? o.invalid : '';
    field.classList.toggle('invalid', invalid);
    field.toggleAttribute('aria-invalid', invalid);
  }

  return h('div', { class: 'slider-field' }, field, h('div', { class: 'slider' }, slider), error);
}

/** Reads a number as people type it: "8", "2.5", "5.76e23", "1,000", "1_000". */
export function parseNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(/[,_\s]/g, '');
  if (!/^[0-9.]+(e[+-]?[0-9]+)?$/i.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}
