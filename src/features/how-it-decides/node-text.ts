import { CHECK_TITLES, TREE, type TreeNode } from '../../engine/index.ts';

/** What a box in the diagram says. */
export function nodeText(node: TreeNode): { kind: string; text: string } {
  if (node.kind === 'checks') {
    return { kind: 'Check', text: node.checks.map((id) => CHECK_TITLES[id]).join(', ') };
  }
  if (node.kind === 'question') return { kind: 'Ask', text: TREE.questions[node.question].text };
  return { kind: 'Checklist', text: node.title };
}

/** Words into lines of at most `width` characters, for SVG text (which does not wrap). */
export function wrap(text: string, width = 30, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}
