import { attachTreeKeyboard, setTabStop } from '../shared/treeKeyboard';

/** The tensor tree's shape for the shared tree keyboard: groups nest by aria-level. */
export function attachTensorTreeKeyboard(tree: HTMLElement, toggle: (path: string, open?: boolean) => void): void {
  const level = (row: HTMLElement) => Number(row.getAttribute('aria-level'));
  attachTreeKeyboard(tree, {
    isGroup: (row) => row.classList.contains('group'),
    parentOf: (row, rows, index) => rows.slice(0, index).reverse().find((r) => level(r) < level(row)),
    firstChildOf: (_row, rows, index) => rows[index + 1],
    toggle: (row, open) => toggle(row.dataset.path ?? '', open),
  });
}

/** After a render: the row at `path` (else the first) is the tab stop, focused if `focus`. */
export function restoreTabStop(tree: HTMLElement, path: string | undefined, focus: boolean): void {
  const stop = setTabStop(tree, (row) => row.dataset.path === path);
  if (focus) stop?.focus();
}
