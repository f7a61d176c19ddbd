/** NetEase (163.com, 126.com, yeah.net): short codes such as DT:SPM, HL:IFC, MI:CEL. */
import { mxLookup } from './sources.ts';
import type { ProviderFamily } from './types.ts';

const CODES = 'https://biecuoliao.com/pa/MBRrwEM.html';
const HELP = 'http://mail.163.com/help/help_spam_16.htm';

export const NETEASE: ProviderFamily<'netease'> = {
  id: 'netease',
  name: 'NetEase Mail (163 / 126)',
  hosts: ['163.com', '126.com', 'yeah.net', 'netease.com'],
  mx: [
    {
      key: 'netease',
      name: 'NetEase Mail (163 / 126)',
      kind: 'mailbox',
      suffixes: ['mxmail.netease.com'],
      source: mxLookup('163.com'),
      observed: true,
    },
  ],
  domains: /^(?:163|126|yeah)\.(?:com|net)$|^vip\.(?:163|126)\.com$/,
  signs: [
    { pattern: /mail\.163\.com\/help|\b(?:dt|hl|mi|rp|wm):[a-z]{3}\b/, source: CODES },
    { pattern: /\b1(?:63|26) smtp\d/, source: HELP },
  ],
  rules: [
    {
      id: 'netease-spam',
      pattern: /\bdt:spm\b/,
      code: 'DT:SPM',
      reason: 'spamdetected',
      meaning: 'NetEase classified the message as spam.',
      source: 'https://github.com/kootenpv/yagmail/issues/144',
      example:
        '554 DT:SPM 163 smtp10,DsCowAB3x7Kq2 1623919474,please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.45&hostid=smtp10&time=1623919474',
    },
    {
      id: 'netease-blocked',
      pattern: /\b(dt:rbl|wm:bli)\b/,
      code: '$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP is on a block list NetEase uses, or on its own.',
      source: CODES,
      example: '450 DT:RBL http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.45',
    },
    {
      id: 'netease-reputation',
      pattern: /\b(hl:(?:rep|mep))\b/,
      code: '$1',
      reason: 'badreputation',
      actor: 'sender-esp',
      meaning: 'The sending IP’s reputation at NetEase is poor.',
      source: CODES,
      example: '421 HL:REP http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.45',
    },
    {
      id: 'netease-rate',
      pattern: /\b(hl:ifc|mi:sfq)\b/,
      code: '$1',
      reason: 'speeding',
      actor: 'sender-esp',
      meaning: 'Too much mail from this IP or sender.',
      source: CODES,
      example: '421 HL:IFC http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.45',
    },
    {
      id: 'netease-connections',
      pattern: /\b(hl:icc|mi:dmc|rp:drc)\b/,
      code: '$1',
      reason: 'toomanyconn',
      actor: 'sender-esp',
      meaning: 'Too many connections, messages per connection or recipients at once.',
      source: CODES,
      example: '421 HL:ICC http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.45',
    },
    {
      id: 'netease-sender-blocked',
      pattern: /\bwm:blu\b/,
      code: 'WM:BLU',
      reason: 'rejected',
      meaning: 'NetEase refuses this sender address.',
      source: CODES,
      example: '450 WM:BLU http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.45',
    },
    {
      id: 'netease-protocol',
      pattern: /\b((?:mi|rp):c[ce]l)\b/,
      code: '$1',
      reason: 'syntaxerror',
      meaning: 'The sending client broke the SMTP conversation (bad commands, too many errors).',
      source: CODES,
      example: '450 MI:CEL http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.45',
    },
    {
      id: 'netease-local-only',
      pattern: /local user only/,
      code: '553',
      reason: 'rejected',
      meaning:
        'NetEase accepts only its own users as senders here (the From address is not a NetEase account).',
      source: 'https://github.com/ruanyf/weather-action/issues/5',
      example: '553 Local user only,163 smtp3,GdxpCgD3_2 1623919474',
    },
  ],
};
