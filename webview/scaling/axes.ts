import type { ChartOptions } from '../shared/charts';
import { count, decimals, powerOfTenTick } from './format';
import type { Palette } from './theme';

type Scale = NonNullable<ChartOptions<'line'>['scales']>[string];

/** A log axis labelled and gridded only at powers of ten (1M, 10M, 100M…), so it reads at a glance. */
export function logAxis(
  title: string,
  palette: Palette,
  range: { min?: number; max?: number } = {},
  label: (v: number) => string = count,
  /** Label every n-th decade only, for axes spanning many. */
  every = 1,
): Scale {
  return {
    type: 'logarithmic',
    ...range,
    title: { display: true, text: title },
    ticks: { autoSkip: false, maxRotation: 0, callback: (v) => powerOfTenTick(Number(v), label, every) ?? '' },
    grid: { color: (c) => (powerOfTenTick(c.tick.value) ? palette.grid : 'transparent') },
  };
}

/** Loss ticks worth a label: whole and half nats (1.5, 2, 2.5, 3…). */
export function lossTick(value: number): string | undefined {
  return Number.isInteger(value * 2) ? decimals(value, 1) : undefined;
}

/** Loss in nats per token; on a log axis (power laws) only the round values are labelled. */
export function lossAxis(title: string, palette: Palette, type: 'linear' | 'logarithmic'): Scale {
  if (type === 'linear') return { type, title: { display: true, text: title }, ticks: { callback: (v) => decimals(Number(v), 2) } };
  return {
    type,
    title: { display: true, text: title },
    ticks: { autoSkip: false, callback: (v) => lossTick(Number(v)) ?? '' },
    grid: { color: (c) => (lossTick(c.tick.value) ? palette.grid : 'transparent') },
  };
}
