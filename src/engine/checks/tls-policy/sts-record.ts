/**
 * The MTA-STS TXT record at _mta-sts.<domain> (RFC 8461 s3.1):
 *   sts-text-record = "v=STSv1" 1*(sts-field-delim sts-field) [sts-field-delim]
 *   sts-field-delim = *WSP ";" *WSP
 *   sts-id          = "id=" 1*32(ALPHA / DIGIT)
 *   sts-extension   = sts-ext-name "=" sts-ext-value
 * Records that do not begin with "v=STSv1;" are discarded; if the number left is not exactly
 * one, or it is invalid, senders treat the domain as having no MTA-STS policy.
 */

export interface StsRecord {
  id?: string;
  extensions: Record<string, string>;
  problems: string[];
}

export interface StsSelection {
  status: 'none' | 'several' | 'one';
  /** The STSv1 records found (every "v=STSv1"-looking one, for the evidence panel). */
  candidates: string[];
  record?: StsRecord;
}

export const RFC8461_RECORD = 'https://www.rfc-editor.org/rfc/rfc8461#section-3.1';
/** Longer than any sensible record; bigger ones are reported, not parsed. */
export const MAX_TXT = 4096;
const MAX_SHOWN = 10;

const EXT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
const EXT_VALUE = /^[\x21-\x3a\x3c\x3e-\x7e]+$/;

/**
 * The prose says records must begin with "v=STSv1;"; the ABNF allows spaces before the ";"
 * (erratum 6285 notes the clash), so both forms are accepted. "v=STSv1" alone (no fields) is
 * kept as a candidate so the user hears it is broken rather than absent.
 */
const looksLikeSts = (txt: string): boolean => /^v=STSv1(?:[ \t]*;|[ \t]*$)/.test(txt);

export function selectStsRecord(txts: readonly string[]): StsSelection {
  const candidates = txts.filter(looksLikeSts);
  const shown = candidates
    .slice(0, MAX_SHOWN)
    .map((txt) => (txt.length > 300 ? `${txt.slice(0, 300)}…` : txt));
  if (candidates.length === 0) return { status: 'none', candidates: [] };
  if (candidates.length > 1) return { status: 'several', candidates: shown };
  return { status: 'one', candidates: shown, record: parseStsRecord(candidates[0] ?? '') };
}

export function parseStsRecord(txt: string): StsRecord {
  const record: StsRecord = { extensions: {}, problems: [] };
  if (txt.length > MAX_TXT) {
    record.problems.push(`The record is ${txt.length} characters long; not parsed.`);
    return record;
  }
  const fields = txt.split(';').map((field) => field.replace(/^[ \t]+|[ \t]+$/g, ''));
  if (fields[0] !== 'v=STSv1') record.problems.push('The record must start with "v=STSv1".');
  const rest = fields.slice(1);
  if (rest.length > 0 && rest[rest.length - 1] === '') rest.pop();
  if (rest.length === 0)
    record.problems.push('The record has no fields after "v=STSv1"; it needs id=.');
  for (const field of rest) {
    const eq = field.indexOf('=');
    const name = eq < 0 ? field : field.slice(0, eq);
    const value = eq < 0 ? '' : field.slice(eq + 1);
    if (name === 'id') {
      if (record.id !== undefined) record.problems.push('id= appears more than once.');
      else if (!/^[A-Za-z0-9]{1,32}$/.test(value))
        record.problems.push(`id=${value} must be 1 to 32 letters or digits.`);
      else record.id = value;
    } else if (!EXT_NAME.test(name) || !EXT_VALUE.test(value)) {
      record.problems.push(`"${field.slice(0, 60)}" is not a valid field.`);
    } else {
      record.extensions[name] = value;
    }
  }
  if (record.id === undefined && !record.problems.some((p) => p.startsWith('id=')))
    record.problems.push('The record has no id= field.');
  return record;
}
