/**
 * A layered drawing of one entry's part of the tree: each node on the row of its longest
 * distance from the start, rows spread evenly, edges labelled with the answer they stand for.
 * Pure: the diagram component only draws what this returns.
 */
import type { DecisionTree, NodeId, TreeNode } from '../../engine/index.ts';

export interface PlacedNode {
  id: NodeId;
  node: TreeNode;
  x: number;
  y: number;
  row: number;
}

export interface PlacedEdge {
  from: NodeId;
  to: NodeId;
  label?: string;
}

export interface TreeLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

export const BOX = { width: 200, height: 64, gapX: 24, gapY: 56 };

function edgesFrom(tree: DecisionTree, node: TreeNode): PlacedEdge[] {
  if (node.kind === 'outcome') return [];
  if (node.kind === 'checks') return [{ from: node.id, to: node.next }];
  // "Not sure" shares the "yes" branch: one edge labelled with both answers.
  const byTarget = new Map<NodeId, string[]>();
  for (const [answer, next] of Object.entries(node.next)) {
    byTarget.set(next, [...(byTarget.get(next) ?? []), answer]);
  }
  const options = tree.questions[node.question]?.options ?? [];
  const label = (answer: string) => options.find((o) => o.value === answer)?.label ?? answer;
  return [...byTarget].map(([to, answers]) => ({
    from: node.id,
    to,
    label: answers.map(label).join(' / '),
  }));
}

export function layoutEntry(tree: DecisionTree, start: NodeId): TreeLayout {
  const rowOf = new Map<NodeId, number>();
  const edges: PlacedEdge[] = [];
  const seen = new Set<NodeId>();
  const visit = (id: NodeId, row: number) => {
    const node = tree.nodes[id];
    if (!node) return;
    rowOf.set(id, Math.max(row, rowOf.get(id) ?? 0));
    const first = !seen.has(id);
    seen.add(id);
    for (const edge of edgesFrom(tree, node)) {
      if (first) edges.push(edge);
      visit(edge.to, (rowOf.get(id) ?? row) + 1);
    }
  };
  visit(start, 0);
  const rows: NodeId[][] = [];
  for (const [id, row] of rowOf) (rows[row] ??= []).push(id);
  const widest = Math.max(...rows.map((ids) => ids.length));
  const width = widest * BOX.width + (widest - 1) * BOX.gapX;
  const nodes: PlacedNode[] = rows.flatMap((ids, row) => {
    const rowWidth = ids.length * BOX.width + (ids.length - 1) * BOX.gapX;
    const left = (width - rowWidth) / 2;
    return ids.map((id, index) => ({
      id,
      node: tree.nodes[id] as TreeNode,
      row,
      x: left + index * (BOX.width + BOX.gapX),
      y: row * (BOX.height + BOX.gapY),
    }));
  });
  return { nodes, edges, width, height: rows.length * (BOX.height + BOX.gapY) - BOX.gapY };
}
