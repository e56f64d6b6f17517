import { attachTreeKeyboard } from '../shared/treeKeyboard';

export { focusRow, setTabStop } from '../shared/treeKeyboard';

const isHeader = (row: HTMLElement) => row.classList.contains('header');
const sectionOf = (row: HTMLElement | undefined) => row?.closest('section') ?? undefined;

/** The sidebar's shape for the shared tree keyboard: sections with a header row and their rows. */
export function attachSidebarKeyboard(tree: HTMLElement, toggle: (header: HTMLElement, expand?: boolean) => void, activate: (row: HTMLElement) => void): void {
  attachTreeKeyboard(tree, {
    isGroup: isHeader,
    parentOf: (row) => (isHeader(row) ? undefined : (sectionOf(row)?.querySelector<HTMLElement>('.row.header') ?? undefined)),
    firstChildOf: (row, rows, index) => (sectionOf(rows[index + 1]) === sectionOf(row) ? rows[index + 1] : undefined),
    toggle,
    activate,
  });
}
