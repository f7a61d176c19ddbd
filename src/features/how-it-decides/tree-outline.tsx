import { TREE, type NodeId } from '../../engine/index.ts';
import { nodeText } from './node-text.ts';

/** The same part of the tree as nested lists: the text alternative to the drawing. */
export function TreeOutline({ start }: { start: NodeId }) {
  return (
    <ul className="outline">
      <OutlineNode id={start} seen={[]} />
    </ul>
  );
}

function OutlineNode({ id, seen }: { id: NodeId; seen: NodeId[] }) {
  const node = TREE.nodes[id];
  if (!node || seen.includes(id)) return null;
  const { kind, text } = nodeText(node);
  const here = [...seen, id];
  return (
    <li>
      <strong>{kind}:</strong> {text}
      {node.kind === 'outcome' ? (
        <ul>
          {node.advice.map((advice) => (
            <li key={advice}>{TREE.advice[advice]?.title}</li>
          ))}
        </ul>
      ) : node.kind === 'checks' ? (
        <ul>
          <OutlineNode id={node.next} seen={here} />
        </ul>
      ) : (
        <ul>
          {Object.entries(node.next).map(([answer, next]) => (
            <li key={answer}>
              If “
              {TREE.questions[node.question].options.find((o) => o.value === answer)?.label ??
                answer}
              ”:
              <ul>
                <OutlineNode id={next} seen={here} />
              </ul>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
