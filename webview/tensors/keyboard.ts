/**
 * Keyboard navigation of the tensor tree, after the WAI-ARIA tree pattern: one row is in the tab
 * order (roving tabindex); Up/Down move, Home/End jump, Right opens a group or steps into it, Left
 * closes it or steps to the parent, Enter/Space toggle.
 */
export interface TreeActions {
  toggle(path: string, open?: boolean): void;
}

const rowsOf = (tree: HTMLElement) => Array.from(tree.querySelectorAll<HTMLElement>('.row'));

export function focusRow(tree: HTMLElement, row: HTMLElement | undefined): void {
  if (!row) return;
  for (const r of rowsOf(tree)) r.tabIndex = r === row ? 0 : -1;
  row.focus();
}

/** After a render: the row at `path` (else the first) is the tab stop, focused if `focus`. */
export function restoreTabStop(tree: HTMLElement, path: string | undefined, focus: boolean): void {
  const rows = rowsOf(tree);
  const stop = rows.find((r) => r.dataset.path === path) ?? rows[0];
  for (const r of rows) r.tabIndex = r === stop ? 0 : -1;
  if (focus) stop?.focus();
}

export function attachTreeKeyboard(tree: HTMLElement, actions: TreeActions): void {
  tree.addEventListener('keydown', (event) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('.row');
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const rows = rowsOf(tree);
    const index = rows.indexOf(row);
    const level = Number(row.getAttribute('aria-level'));
    const isGroup = row.classList.contains('group');
    const open = row.getAttribute('aria-expanded') === 'true';
    const path = row.dataset.path ?? '';
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
        if (isGroup && !open) actions.toggle(path, true);
        else if (isGroup) focusRow(tree, rows[index + 1]);
        break;
      case 'ArrowLeft':
        if (isGroup && open) actions.toggle(path, false);
        else focusRow(tree, rows.slice(0, index).reverse().find((r) => Number(r.getAttribute('aria-level')) < level));
        break;
      case 'Enter':
      case ' ':
        if (isGroup) actions.toggle(path);
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
