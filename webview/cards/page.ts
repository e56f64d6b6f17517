import type { CardsIndex, CardsStrings } from '../../src/core/cards/viewModel';
import type { CompareItem } from '../../src/core/protocol/cards';

/** What the views need from the running page: strings, the catalogue and the shared UI state. */
export interface PageContext {
  strings: CardsStrings;
  index: CardsIndex;
  selection: CompareSelection;
  filter: string;
  setFilter(value: string): void;
  onlyDifferences: boolean;
  setOnlyDifferences(value: boolean): void;
}

/** The models and families picked for the compare view (at most four). */
export interface CompareSelection {
  readonly items: readonly CompareItem[];
  readonly full: boolean;
  has(item: CompareItem): boolean;
  toggle(item: CompareItem): void;
}

/** Fills `{0}`, `{1}`… in a localised template. */
export function format(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match, i: string) => (values[Number(i)] !== undefined ? String(values[Number(i)]) : match));
}

export function sameItem(a: CompareItem, b: CompareItem): boolean {
  return a.kind === b.kind && a.id === b.id;
}
