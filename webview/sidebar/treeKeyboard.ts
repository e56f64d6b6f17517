/**
 * Keyboard navigation of the sidebar's tree, after the WAI-ARIA tree pattern: one row is in the tab
 * order at a time (roving tabindex); arrows move, Home/End jump, Right/Left open and close sections
 * or step between a section and its rows, Enter/Space activate.
 */

export interface TreeHandlers {
  /** Opens or closes the section whose header is `row`. */
  toggle(row: HTMLElement, expand?: boolean): void;
  activate(row: HTMLElement): void;
}

const rowsOf = (tree: HTMLElement): HTMLElement[] => Array.from(tree.querySelectorAll<HTMLElement>('.row'));

export function focusRow(tree: HTMLElement, row: HTMLElement | undefined): void {
  if (!row) return;
  for (const r of rowsOf(tree)) r.tabIndex = r === row ? 0 : -1;
  row.focus();
}

/** After a re-render: the row with `key` (else the first) becomes the tree's tab stop. */
export function setTabStop(tree: HTMLElement, key: string | undefined): HTMLElement | undefined {
  const rows = rowsOf(tree);
  const stop = rows.find((r) => r.dataset.key === key) ?? rows[0];
  for (const r of rows) r.tabIndex = r === stop ? 0 : -1;
  return stop;
}

const isHeader = (row: HTMLElement) => row.classList.contains('header');
const isExpanded = (row: HTMLElement) => row.getAttribute('aria-expanded') === 'true';
const headerOf = (row: HTMLElement) => row.closest('section')?.querySelector<HTMLElement>('.row.header') ?? undefined;

export function attachTreeKeyboard(tree: HTMLElement, handlers: TreeHandlers): void {
  tree.addEventListener('keydown', (event) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('.row');
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const rows = rowsOf(tree);
    const index = rows.indexOf(row);
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
        if (isHeader(row) && !isExpanded(row)) handlers.toggle(row, true);
        else if (isHeader(row)) focusRow(tree, rows[index + 1]?.closest('section') === row.closest('section') ? rows[index + 1] : undefined);
        break;
      case 'ArrowLeft':
        if (isHeader(row) && isExpanded(row)) handlers.toggle(row, false);
        else if (!isHeader(row)) focusRow(tree, headerOf(row));
        break;
      case 'Enter':
      case ' ':
        if (isHeader(row)) handlers.toggle(row);
        else handlers.activate(row);
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
