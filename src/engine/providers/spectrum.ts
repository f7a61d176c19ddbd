/** Spectrum (Charter, Time Warner Cable, Roadrunner): refusal codes AUP#In-nnnn, AUP#Out-nnnn. */
import type { ProviderFamily } from './types.ts';

const CODES = 'https://www.spectrum.net/support/internet/understanding-email-error-codes';
const RATE =
  'https://www.suped.com/knowledge/email-deliverability/technical/how-to-interpret-aupi-1300-cloudmark-email-bounce-codes-from-charter';
const BLOCKED =
  'https://www.suped.com/knowledge/email-deliverability/troubleshooting/how-to-contact-spectrumcharter-to-resolve-ip-blocked-issues-for-email-sending';

export const SPECTRUM: ProviderFamily<'spectrum'> = {
  id: 'spectrum',
  name: 'Spectrum (Charter)',
  hosts: ['charter.net', 'rr.com', 'spectrum.net', 'twc.com', 'brighthouse.com'],
  domains: /^(?:charter\.net|[a-z.]*rr\.com|spectrum\.net|twc\.com|brighthouse\.com)$/,
  signs: [{ pattern: /spectrum\.net\/support|aup#(?:in|out|cnt|i)-\d/, source: CODES }],
  rules: [
    // Cloudmark's rate-limit blocks: In-1310 / 1320 / 1330 last 5 minutes, 1 hour, 24 hours.
    {
      id: 'spectrum-rate-limited',
      pattern: /aup#(in-13[123]0|cnt-\d+)/,
      code: 'AUP#$1',
      reason: 'toomanyconn',
      actor: 'sender-esp',
      meaning:
        'Spectrum’s filter (Cloudmark) rate-limits this sender for a while (5 minutes, an hour or a day); slow down.',
      source: RATE,
      example:
        '550 5.1.0 <news@example.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310',
    },
    {
      id: 'spectrum-blocked',
      pattern: /aup#(in-\d+|i-\d+|out-\d+)/,
      code: 'AUP#$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP is blocked by Spectrum.',
      source: BLOCKED,
      example: '421 cmsmtp 192.0.2.45 blocked. AUP#In-1370',
    },
  ],
};
