/**
 * npm run bench:meaning — the cost of the language-independent fallback (classify/meaning.ts):
 * building each script's tables once, then CPU time per text for typical one-liners and a
 * long report, and the time for hostile 100 KB texts. CPU time (process.cpuUsage), so other
 * work on the machine inflates it less than wall time; still noisy on a busy machine.
 */
import { meaningOf, prepareMeaning } from '../src/engine/classify/meaning.ts';

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const read = (text: string) => meaningOf(text.toLowerCase().replace(/\s+/g, ' '));

for (const script of ['latin', 'cyrillic', 'cjk'] as const) {
  const start = cpuMs();
  prepareMeaning([script]);
  console.log(`build ${script.padEnd(8)} ${(cpuMs() - start).toFixed(1)} ms`);
}

const TYPICAL: string[] = [
  '550 5.1.1 <john.doe@example.com>: Recipient address rejected: the mailbox you tried to reach is temporarily unavailable, please try again later. See https://example.com/help for more information.',
  'Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Bitte versuchen Sie es später noch einmal. Diagnoseinformationen für Administratoren: Generierender Server: mx.example.de',
  "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse e-mail du destinataire et réessayez de l'envoyer. Le serveur distant a retourné '550 5.1.1 User unknown'.",
  '收件人邮箱空间已满，无法接收新的邮件。请稍后重试或联系收件人清理邮箱空间。Remote server returned 552 5.2.2 mailbox full',
  'Ваше сообщение не доставлено. Почтовый ящик получателя переполнен, повторите попытку позже. Mail failure.',
  'Hi. This is the qmail-send program at example.com. I am afraid I was not able to deliver your message to the following addresses. This is a permanent error; I have given up.',
];
const ROUNDS = 20_000;
for (const text of TYPICAL) {
  for (let i = 0; i < 2_000; i++) read(text);
  const start = cpuMs();
  for (let i = 0; i < ROUNDS; i++) read(text);
  const micros = ((cpuMs() - start) * 1000) / ROUNDS;
  console.log(
    `${micros.toFixed(2).padStart(6)} µs  ${text.length} chars  ${read(text)?.reason ?? '—'}`,
  );
}

const hostile: [string, string][] = [
  ['repeated words', 'no not mailbox full user unknown (((( '.repeat(3_000)],
  ['one letter', 'a'.repeat(100_000)],
  ['CJK', '用户'.repeat(50_000)],
  ['long heads', 'this message was created automatically by mail delivery softwar'.repeat(1_600)],
];
for (const [name, text] of hostile) {
  const start = cpuMs();
  read(text.slice(0, 100_000));
  console.log(`${(cpuMs() - start).toFixed(1).padStart(6)} ms  hostile 100 KB: ${name}`);
}
