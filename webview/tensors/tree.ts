import { bytes, groupedNumber } from '../../src/core/present/format';
import type { TensorRowView, TensorsStrings } from '../../src/core/protocol/tensors';
import type { TreeNode } from '../../src/core/weights/tree';
import { h } from '../shared/components';

/** Rows shown for a search at most; the count says how many matched. */
export const MAX_SEARCH_ROWS = 1000;

export interface TreeState {
  root: TreeNode;
  tensors: TensorRowView[];
  expanded: Set<string>;
  query: string;
}

function cells(label: string, shape: string, dtype: string, parameters: number, size: number, strings: TensorsStrings, role?: TensorRowView['role']): HTMLElement[] {
  const tag = role === 'packed' ? strings.packed : role === 'quantization-state' ? strings.state : '';
  return [
    h('span', { class: 'cell name' }, label, tag ? h('span', { class: 'tag' }, tag) : undefined),
    h('span', { class: 'cell shape' }, shape),
    h('span', { class: 'cell dtype' }, dtype),
    h('span', { class: 'cell number params' }, groupedNumber(parameters)),
    h('span', { class: 'cell number bytes', title: `${groupedNumber(size)} B` }, bytes(size)),
  ];
}

function tensorRow(t: TensorRowView, label: string, level: number, strings: TensorsStrings): HTMLElement {
  const title = t.shard ? `${t.name} — ${strings.shard}: ${t.shard}` : t.name;
  return h('div', { class: 'row tensor', role: 'treeitem', 'aria-level': level, 'data-path': t.name, title, tabindex: -1 }, ...cells(label, `[${t.shape.join(', ')}]`, t.dtype, t.parameters, t.bytes, strings, t.role));
}

function groupRow(node: TreeNode, level: number, expanded: boolean, strings: TensorsStrings): HTMLElement {
  const count = strings.tensorCount.replace('{0}', groupedNumber(node.tensors));
  return h(
    'div',
    { class: 'row group', role: 'treeitem', 'aria-level': level, 'aria-expanded': expanded ? 'true' : 'false', 'data-path': node.path, tabindex: -1 },
    ...cells(`${expanded ? '▾' : '▸'} ${node.label}`, count, '', node.parameters, node.bytes, strings),
  );
}

/** The visible rows: the expanded tree, or the tensors whose names contain the query. */
export function renderRows(state: TreeState, strings: TensorsStrings): { rows: HTMLElement[]; matches?: number } {
  const query = state.query.trim().toLowerCase();
  if (query) {
    const rows: HTMLElement[] = [];
    let matches = 0;
    for (const t of state.tensors) {
      if (!t.name.toLowerCase().includes(query)) continue;
      matches++;
      if (rows.length < MAX_SEARCH_ROWS) rows.push(tensorRow(t, t.name, 1, strings));
    }
    return { rows, matches };
  }
  const rows: HTMLElement[] = [];
  const walk = (node: TreeNode, level: number) => {
    for (const child of node.children) {
      if (child.tensor !== undefined) {
        rows.push(tensorRow(state.tensors[child.tensor], child.label, level, strings));
        continue;
      }
      const open = state.expanded.has(child.path);
      rows.push(groupRow(child, level, open, strings));
      if (open) walk(child, level + 1);
    }
  };
  walk(state.root, 1);
  return { rows };
}
