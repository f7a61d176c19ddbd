import { useId } from 'react';
import { TREE, type NodeId } from '../../engine/index.ts';
import { BOX, layoutEntry } from './layout.ts';
import { nodeText, wrap } from './node-text.ts';

/** One part of the tree, drawn from the same data the wizard walks. */
export function TreeDiagram({ start, caption }: { start: NodeId; caption: string }) {
  const id = useId();
  const layout = layoutEntry(TREE, start);
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const pad = 8;
  return (
    <figure className="diagram">
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-caption`}
        viewBox={`${-pad} ${-pad} ${layout.width + 2 * pad} ${layout.height + 2 * pad}`}
        style={{ maxWidth: `${layout.width + 2 * pad}px` }}
      >
        {layout.edges.map((edge) => {
          const from = at.get(edge.from);
          const to = at.get(edge.to);
          if (!from || !to) return null;
          const x1 = from.x + BOX.width / 2;
          const y1 = from.y + BOX.height;
          const x2 = to.x + BOX.width / 2;
          const y2 = to.y;
          return (
            <g key={`${edge.from}-${edge.to}`} className="diagram__edge">
              <path d={`M${x1},${y1} C${x1},${y1 + 30} ${x2},${y2 - 30} ${x2},${y2 - 4}`} />
              <path d={`M${x2 - 4},${y2 - 8} L${x2},${y2 - 2} L${x2 + 4},${y2 - 8}`} />
              {edge.label ? (
                <text x={(x1 + x2) / 2} y={(y1 + y2) / 2 + 4} textAnchor="middle">
                  {edge.label}
                </text>
              ) : null}
            </g>
          );
        })}
        {layout.nodes.map((placed) => {
          const { kind, text } = nodeText(placed.node);
          const lines = wrap(text, 30, 2);
          return (
            <g
              key={placed.id}
              className={`diagram__node diagram__node--${placed.node.kind}`}
              transform={`translate(${placed.x},${placed.y})`}
            >
              <rect
                width={BOX.width}
                height={BOX.height}
                rx={placed.node.kind === 'question' ? 20 : 6}
              />
              <text x={8} y={16} className="diagram__kind">
                {kind}
              </text>
              {lines.map((line, index) => (
                <text key={index} x={8} y={34 + index * 15}>
                  {line}
                </text>
              ))}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
