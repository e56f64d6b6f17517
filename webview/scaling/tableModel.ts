import { toCsv, type CsvValue } from './csv';

/** One cell: the text shown, and the value exported (numbers at full precision). */
export interface Cell {
  text: string;
  value: CsvValue;
}

export interface Column {
  label: string;
  numeric?: boolean;
}

/** A chart's data as rows: shown as an accessible table and exported as CSV. */
export interface TableModel {
  columns: Column[];
  rows: Cell[][];
}

export function cell(value: CsvValue, text: string = value === undefined ? '' : String(value)): Cell {
  return { text, value };
}

export function tableCsv(model: TableModel): string {
  return toCsv(
    model.columns.map((c) => c.label),
    model.rows.map((row) => row.map((c) => c.value)),
  );
}
