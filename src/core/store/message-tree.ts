import type { Message } from '../types';

/** Most messages per leaf and children per branch. */
export const NODE_SIZE = 32;

interface Branch {
  readonly kids: readonly Tree[];
  /** Messages under each kid. */
  readonly sizes: readonly number[];
  readonly size: number;
}

/**
 * A persistent sequence of messages: a B-tree whose leaves are arrays of at most 32
 * messages, every leaf at the same depth. Inserting a run, replacing or removing one message
 * copies only the path to it (one node of at most 32 per level), so a history page, a new
 * message or a status change costs the same at 100 messages as at 100,000, and every version
 * shares its untouched nodes with the one before.
 */
export type Tree = readonly Message[] | Branch;

export const EMPTY_TREE: Tree = [];

const isLeaf = (tree: Tree): tree is readonly Message[] => Array.isArray(tree);

export function treeSize(tree: Tree): number {
  return isLeaf(tree) ? tree.length : tree.size;
}

export function messageAt(tree: Tree, index: number): Message | undefined {
  let node = tree;
  let offset = index;
  while (!isLeaf(node)) {
    let i = 0;
    while (i < node.kids.length - 1 && offset >= (node.sizes[i] as number)) offset -= node.sizes[i++] as number;
    node = node.kids[i] as Tree;
  }
  return node[offset];
}

/** The first position whose message does not sort before `target`: a binary search per level. */
export function lowerBound(tree: Tree, target: Message, compare: (a: Message, b: Message) => number): number {
  let node = tree;
  let base = 0;
  while (!isLeaf(node)) {
    // The last kid starting before the target holds the answer (or ends right before it).
    let low = 0;
    let high = node.kids.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (compare(firstOf(node.kids[middle] as Tree), target) < 0) low = middle;
      else high = middle - 1;
    }
    for (let k = 0; k < low; k += 1) base += node.sizes[k] as number;
    node = node.kids[low] as Tree;
  }
  let low = 0;
  let high = node.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(node[middle] as Message, target) < 0) low = middle + 1;
    else high = middle;
  }
  return base + low;
}

function firstOf(tree: Tree): Message {
  let node = tree;
  while (!isLeaf(node)) node = node.kids[0] as Tree;
  return node[0] as Message;
}

/** Inserts `run` (in order) before position `index`. */
export function insertRun(tree: Tree, index: number, run: readonly Message[]): Tree {
  if (run.length === 0) return tree;
  return rootOf(insertInto(tree, index, run));
}

export function replaceAt(tree: Tree, index: number, message: Message): Tree {
  if (isLeaf(tree)) return tree.map((item, i) => (i === index ? message : item));
  const [i, offset] = childAt(tree, index);
  const kids = tree.kids.slice();
  kids[i] = replaceAt(tree.kids[i] as Tree, offset, message);
  return { kids, sizes: tree.sizes, size: tree.size };
}

export function removeAt(tree: Tree, index: number): Tree {
  if (isLeaf(tree)) return [...tree.slice(0, index), ...tree.slice(index + 1)];
  const [i, offset] = childAt(tree, index);
  const kid = removeAt(tree.kids[i] as Tree, offset);
  const kids = tree.kids.slice();
  const sizes = tree.sizes.slice();
  // An emptied kid goes, so every leaf keeps holding something and stays at the same depth.
  if (treeSize(kid) === 0) {
    kids.splice(i, 1);
    sizes.splice(i, 1);
  } else {
    kids[i] = kid;
    sizes[i] = (sizes[i] as number) - 1;
  }
  return kids.length === 0 ? EMPTY_TREE : { kids, sizes, size: tree.size - 1 };
}

/** Appends every message, oldest first, to `out`: one pass over the leaves. */
export function flattenInto(tree: Tree, out: Message[]): void {
  if (isLeaf(tree)) {
    for (let i = 0; i < tree.length; i += 1) out.push(tree[i] as Message);
    return;
  }
  for (const kid of tree.kids) flattenInto(kid, out);
}

function childAt(branch: Branch, index: number): [number, number] {
  let i = 0;
  let offset = index;
  while (i < branch.kids.length - 1 && offset >= (branch.sizes[i] as number)) offset -= branch.sizes[i++] as number;
  return [i, offset];
}

/** The node with `run` inserted, split into siblings of the same depth when it outgrows NODE_SIZE. */
function insertInto(tree: Tree, index: number, run: readonly Message[]): Tree[] {
  if (isLeaf(tree)) return split([...tree.slice(0, index), ...run, ...tree.slice(index)]);
  // At a boundary between two kids the run goes to the end of the earlier one.
  let i = 0;
  let offset = index;
  while (i < tree.kids.length - 1 && offset > (tree.sizes[i] as number)) offset -= tree.sizes[i++] as number;
  const replaced = insertInto(tree.kids[i] as Tree, offset, run);
  const kids = [...tree.kids.slice(0, i), ...replaced, ...tree.kids.slice(i + 1)];
  return split(kids).map(branchOf);
}

function split<T>(items: readonly T[]): T[][] {
  if (items.length <= NODE_SIZE) return [items as T[]];
  const parts = Math.ceil(items.length / NODE_SIZE);
  const out: T[][] = [];
  for (let p = 0; p < parts; p += 1) {
    out.push(items.slice(Math.floor((p * items.length) / parts), Math.floor(((p + 1) * items.length) / parts)));
  }
  return out;
}

function branchOf(kids: readonly Tree[]): Branch {
  const sizes = kids.map(treeSize);
  return { kids, sizes, size: sizes.reduce((sum, size) => sum + size, 0) };
}

function rootOf(nodes: Tree[]): Tree {
  let level = nodes;
  while (level.length > 1) level = split(level).map(branchOf);
  return level[0] as Tree;
}
