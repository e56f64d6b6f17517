/**
 * The tensor tree of the tensors page: names split on "." into nested groups, each group rolled up
 * (tensors, parameters, bytes), chains of single groups merged ("model.layers") except block numbers,
 * blocks in numeric order.
 */

export interface TreeTensor {
  name: string;
  parameters: number;
  bytes: number;
}

export interface TreeNode {
  /** Full dotted path of the group or tensor. */
  path: string;
  /** The part shown: one or more segments. */
  label: string;
  tensors: number;
  parameters: number;
  bytes: number;
  children: TreeNode[];
  /** Index into the input, for a tensor (leaf). */
  tensor?: number;
}

interface Building {
  node: TreeNode;
  byLabel: Map<string, Building>;
}

function newNode(path: string, label: string): Building {
  return { node: { path, label, tensors: 0, parameters: 0, bytes: 0, children: [] }, byLabel: new Map() };
}

const numeric = (s: string) => /^\d+$/.test(s);

export function buildTensorTree(tensors: readonly TreeTensor[]): TreeNode {
  const root = newNode('', '');
  tensors.forEach((t, index) => {
    const parts = t.name.split('.');
    let at = root;
    at.node.tensors++;
    at.node.parameters += t.parameters;
    at.node.bytes += t.bytes;
    for (let i = 0; i < parts.length; i++) {
      const label = parts[i];
      const leaf = i === parts.length - 1;
      // A tensor named like a group ("a.b" beside "a.b.c") gets its own leaf.
      const key = leaf ? `\u0000${label}` : label;
      let next = at.byLabel.get(key);
      if (!next) {
        next = newNode(parts.slice(0, i + 1).join('.'), label);
        at.byLabel.set(key, next);
        at.node.children.push(next.node);
      }
      next.node.tensors++;
      next.node.parameters += t.parameters;
      next.node.bytes += t.bytes;
      if (leaf) next.node.tensor = index;
      at = next;
    }
  });
  finish(root.node);
  return root.node;
}

function finish(node: TreeNode): void {
  if (node.children.length > 1 && node.children.every((c) => numeric(c.label))) node.children.sort((a, b) => Number(a.label) - Number(b.label));
  for (let i = 0; i < node.children.length; i++) {
    let child = node.children[i];
    // Block numbers stay rows of their own ("17"), so every layer has its roll-up.
    while (child.tensor === undefined && child.children.length === 1 && child.children[0].tensor === undefined && !numeric(child.label) && !numeric(child.children[0].label)) {
      const only = child.children[0];
      child = { ...only, label: `${child.label}.${only.label}` };
    }
    node.children[i] = child;
    finish(child);
  }
}
