/**
 * Lines after which a plain-text bounce quotes the original message. Text after them is the
 * sender's own message and must not be read as the server's explanation.
 */
export const ORIGINAL_MARKERS: RegExp[] = [
  // Exim: "------ This is a copy of the message, including all the headers. ------"
  /^-{2,}\s*this is a copy of (?:the|your) message/i,
  // qmail, Yahoo: "--- Below this line is a copy of the message."
  /^-{2,}\s*below this line is a copy of the message/i,
  // Gmail, Google Groups: "----- Original message -----"
  /^-{2,}\s*original message\s*-{2,}/i,
  // Exchange / Microsoft 365: "Original message headers:", and the same in the NDR's other
  // languages (German, French, Spanish, Italian, Portuguese, Dutch).
  /^original message headers:?\s*$/i,
  /^(?:ursprüngliche nachrichtenkopfzeilen|en-têtes (?:de|du) message d'origine|encabezados del mensaje original|intestazioni del messaggio originale|cabeçalhos da mensagem original|oorspronkelijke berichtkoppen):?\s*$/i,
  // GMX, 1&1: "--- The header of the original message is following. ---"
  /^-{2,}\s*the header of the original message/i,
  // MXLogic: "Included is a copy of the message header:"
  /^included is a copy of the message header/i,
  // IMail, X2 and others: "Original message follows.", "--- Original message follows."
  /^(?:-{2,}\s*)?original message follows/i,
  // DragonFly: "Message headers follow."
  /^message headers follow\.?\s*$/i,
  // m-FILTER: "-------original message"
  /^-{3,}\s*original message\s*$/i,
  // Lotus Notes: "------- Returned Message --------"
  /^-{3,}\s*returned message\s*-{3,}/i,
  // Sendmail (old): "----- Unsent message follows -----", "----- Original message follows -----"
  /^\s*-{3,}\s*(?:unsent|original) message follows/i,
  // OpenSMTPD: "Below is a copy of the original message:"
  /^\s*below is a copy of the original message/i,
  // Generic: "------ Original Message ------", "----- Message Text -----"
  /^\s*-{4,}\s*(?:the )?original message\b/i,
  /^\s*-{3,}\s*message text\s*-{3,}/i,
  // "The original message was:" (various)
  /^the original message was:?\s*$/i,
];

/** Every marker names the message or its original (in one of the languages above); only lines with those words are tested. */
const MAYBE_MARKER = /messa|origin|ursprüng|oorspr/gi;

/** Split plain text into the notice and the quoted original (if a marker is found). */
export function splitAtOriginal(text: string): { notice: string; original?: string } {
  MAYBE_MARKER.lastIndex = 0;
  let checkedUpTo = -1;
  for (let hit = MAYBE_MARKER.exec(text); hit; hit = MAYBE_MARKER.exec(text)) {
    const start = text.lastIndexOf('\n', hit.index) + 1;
    if (start <= checkedUpTo) continue;
    const end = text.indexOf('\n', hit.index);
    const stop = end < 0 ? text.length : end;
    checkedUpTo = stop;
    MAYBE_MARKER.lastIndex = stop;
    if (stop - start >= 200) continue;
    const line = text.slice(start, stop);
    if (ORIGINAL_MARKERS.some((marker) => marker.test(line))) {
      return {
        notice: text.slice(0, start),
        original: text.slice(Math.min(stop + 1, text.length)),
      };
    }
  }
  return { notice: text };
}
