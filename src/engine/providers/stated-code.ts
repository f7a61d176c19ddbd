/**
 * Which of a provider rule's codes a text states. A rule may name the code its refusal carries;
 * a status code shown beside a reply must be the one the reply gives.
 */

/** A reply or enhanced status code, or both ("550 5.7.1"), as a rule may name its text's code. */
const STATUS_CODES =
  /^(?:[245]\d\d|[245]\.\d{1,3}\.\d{1,3})(?: (?:[245]\d\d|[245]\.\d{1,3}\.\d{1,3}))*$/;

/**
 * Whether a rule's code may be shown for this text: a provider's own name for the refusal
 * ("S3150", "BRBL") always; a status code only where the text gives it, so that a reply saying
 * 5.4.300 is not shown as 4.4.7, nor one with no code as 5.7.26.
 */
export function saysCode(text: string, code: string): boolean {
  if (!STATUS_CODES.test(code)) return true;
  return code.split(' ').every((part) => {
    for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      const before = text.charCodeAt(at - 1);
      const after = text.slice(at + part.length, at + part.length + 2);
      if (!(before >= 48 && before <= 57) && before !== 46 && !/^(?:\d|\.\d)/.test(after))
        return true;
    }
    return false;
  });
}
