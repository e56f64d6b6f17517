/**
 * Keyboard navigation of a tree of `.row` elements, after the WAI-ARIA tree pattern: one row is in the
 * tab order at a time (roving tabindex); Up/Down move, Home/End jump, Right opens a group or steps into
 * it, Left closes it or steps to its parent, Enter/Space toggle a group or activate a row.
 */
export interface TreeShape {
  /** A row that opens and closes (a group of tensors, a section header). */
  isGroup(row: HTMLElement): boolean;
  /** Where Left goes from a row that is not an open group. */
  parentOf(row: HTMLElement, rows: HTMLElement[], index: number): HTMLElement | undefined;
  /** Where Right goes from an open group. */
  firstChildOf(row: HTMLElement, rows: HTMLElement[], index: number): HTMLElement | undefined;
  toggle(row: HTMLElement, open?: boolean): void;
  activate?(row: HTMLElement): void;
}

const rowsOf = (tree: HTMLElement): HTMLElement[] => Array.from(tree.querySelectorAll<HTMLElement>('.row'));
const isOpen = (row: HTMLElement) => row.getAttribute('aria-expanded') === 'true';

export function focusRow(tree: HTMLElement, row: HTMLElement | undefined): void {
  if (!row) return;
  for (const r of rowsOf(tree)) r.tabIndex = r === row ? 0 : -1;
  row.focus();
}

/** After a render: the first row that `isStop` accepts (else the first row) becomes the tree's tab stop. */
export function setTabStop(tree: HTMLElement, isStop: (row: HTMLElement) => boolean): HTMLElement | undefined {
  const rows = rowsOf(tree);
  const stop = rows.find(isStop) ?? rows[0];
  for (const r of rows) r.tabIndex = r === stop ? 0 : -1;
  return stop;
}

export function attachTreeKeyboard(tree: HTMLElement, shape: TreeShape): void {
  tree.addEventListener('keydown', (event) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('.row');
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const rows = rowsOf(tree);
    const index = rows.indexOf(row);
    const group = shape.isGroup(row);
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        focusRow(tree, rows[index + 1]);
        break;
      case 'ArrowUp':
        focusRow(tree, rows[index - 1]);
        break;
      case 'Home':
        focusRow(tree, rows[0]);
        break;
      case 'End':
        focusRow(tree, rows[rows.length - 1]);
        break;
      case 'ArrowRight':
        if (group && !isOpen(row)) shape.toggle(row, true);
        else if (group) focusRow(tree, shape.firstChildOf(row, rows, index));
        break;
      case 'ArrowLeft':
        if (group && isOpen(row)) shape.toggle(row, false);
        else focusRow(tree, shape.parentOf(row, rows, index));
        break;
      case 'Enter':
      case ' ':
        if (group) shape.toggle(row);
        else shape.activate?.(row);
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  });
  tree.addEventListener('focusin', (event) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('.row');
    if (row) for (const r of rowsOf(tree)) r.tabIndex = r === row ? 0 : -1;
  });
}
