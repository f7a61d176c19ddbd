/**
 * Just enough XML for a DMARC aggregate report: the text inside named elements, found with
 * indexOf so that the cost stays linear in the document. Namespace prefixes ("dmarc:record") and
 * attributes are allowed; entities are decoded; nothing else of XML is needed here.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,4}));/gi,
    (whole, dec, hex, name) => {
      if (dec) return String.fromCodePoint(Math.min(Number(dec), 0x10ffff));
      if (hex) return String.fromCodePoint(Math.min(parseInt(hex as string, 16), 0x10ffff));
      return ENTITIES[(name as string).toLowerCase()] ?? whole;
    },
  );
}

/** Where the next <name> or <prefix:name> opening tag starts at or after `from`, and where its content starts. */
function openTag(
  xml: string,
  name: string,
  from: number,
): { start: number; content: number } | undefined {
  for (let at = xml.indexOf(name, from); at >= 0; at = xml.indexOf(name, at + 1)) {
    const lt = xml.lastIndexOf('<', at);
    const between = xml.slice(lt + 1, at);
    if (lt < 0 || !/^(?:[A-Za-z_][\w.-]*:)?$/.test(between)) continue;
    const next = xml.charAt(at + name.length);
    if (next !== '>' && next !== ' ' && next !== '\t' && next !== '\n' && next !== '/') continue;
    const gt = xml.indexOf('>', at);
    if (gt < 0) return undefined;
    if (xml.charAt(gt - 1) === '/') return { start: lt, content: -1 };
    return { start: lt, content: gt + 1 };
  }
  return undefined;
}

/** The content of each <name> element in order (nested elements of the same name are not expected). */
export function elements(xml: string, name: string, limit = Infinity): string[] {
  const found: string[] = [];
  let from = 0;
  while (found.length < limit) {
    const open = openTag(xml, name, from);
    if (!open) break;
    if (open.content < 0) {
      found.push('');
      from = open.start + 1;
      continue;
    }
    const close = xml.indexOf(`${name}>`, open.content);
    if (close < 0) break;
    const end = xml.lastIndexOf('<', close);
    found.push(xml.slice(open.content, end));
    from = close + name.length + 1;
  }
  return found;
}

/** The trimmed, entity-decoded text of the first <name> element, or undefined. */
export function field(xml: string, name: string): string | undefined {
  const [first] = elements(xml, name, 1);
  const text = first === undefined ? undefined : decodeEntities(first.trim());
  return text || undefined;
}
