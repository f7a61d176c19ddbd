import { describe, expect, it } from 'vitest';
import { TREE } from '../../engine/index.ts';
import { layoutEntry } from './layout.ts';

describe('layoutEntry', () => {
  it('places every node of an entry once, each below the nodes that lead to it', () => {
    for (const entry of TREE.entries) {
      const layout = layoutEntry(TREE, entry.start);
      const ids = layout.nodes.map((n) => n.id);
      expect(new Set(ids).size, entry.id).toBe(ids.length);
      const row = new Map(layout.nodes.map((n) => [n.id, n.row]));
      for (const edge of layout.edges) {
        expect(
          (row.get(edge.to) ?? -1) > (row.get(edge.from) ?? 0),
          `${edge.from}->${edge.to}`,
        ).toBe(true);
      }
      expect(layout.width).toBeGreaterThan(0);
    }
  });

  it('labels question edges with their answers, joining answers that share a branch', () => {
    const layout = layoutEntry(TREE, 'auth-start');
    expect(layout.edges).toContainEqual({
      from: 'auth-esp',
      to: 'auth-new-bulk',
      label: 'Yes / Not sure',
    });
    expect(layout.edges).toContainEqual({ from: 'auth-esp', to: 'auth-bulk', label: 'No' });
  });
});
