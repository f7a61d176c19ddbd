/**
 * Ukrainian: Gmail's and Microsoft's localised help on returned mail, the wording of their
 * Ukrainian notices ("Не вдалося доставити", "поштова скринька переповнена"). Nouns and
 * participles are stems (`скриньк*`, `заблокован*`) to take the cases and genders; the
 * letters і, ї, є, ґ are Ukrainian's own, so its words rarely meet Russian ones. As in Russian,
 * "не" before an assertion denies it ("вірусів не виявлено").
 */
import type { Lexicon } from './types.ts';

const GMAIL = 'https://support.google.com/mail/answer/6596?hl=uk';
const GMAIL_CODES = 'https://support.google.com/a/answer/3726730?hl=uk';
const MICROSOFT =
  'https://learn.microsoft.com/uk-ua/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';

export const UK: Lexicon = {
  language: 'uk',
  script: 'cyrillic',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        '(поштова )?скринька( одержувача| отримувача)? (переповнена|заповнена)',
        'перевищено квоту',
        'квоту перевищено',
        'немає (вільного )?місця в (поштовій )?скриньці',
      ],
      source: GMAIL,
      example: 'Поштова скринька одержувача переповнена.',
    },
    {
      reason: 'userunknown',
      forms: [
        '(користувача|одержувача|отримувача|адресата) не (знайдено|існує)',
        '(користувач|одержувач|отримувач|адресат) не (знайдений|існує)',
        '(електронна )?адреса не існує',
        '(адресу|скриньку) не знайдено',
        'невідомий (користувач|одержувач|отримувач|адресат)',
      ],
      source: GMAIL,
      example: 'Адресу не знайдено: перевірте адресу одержувача.',
    },
    {
      reason: 'hostunknown',
      forms: ['домен не (існує|знайдено)', 'невідомий домен'],
      source: GMAIL,
      example: 'Домен не існує.',
    },
    {
      reason: 'vacation',
      forms: ['автовідповідь', 'автоматична відповідь', 'у відпустці', 'поза офісом'],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: 'Автоматична відповідь: я у відпустці до понеділка.',
    },
    {
      reason: 'spamdetected',
      forms: ['(визначено|позначено|розпізнано) як спам', 'схоже на спам'],
      source: GMAIL,
      example: 'Ваше повідомлення позначено як спам.',
    },
    {
      reason: 'mesgtoobig',
      forms: ['повідомлення (занадто|надто) велике', '(занадто|надто) велике повідомлення'],
      source: GMAIL,
      example: 'Повідомлення занадто велике.',
    },
    {
      reason: 'suspend',
      forms: ['обліковий запис (одержувача |отримувача )?(вимкнено|заблоковано|призупинено)'],
      source: GMAIL,
      example: 'Обліковий запис одержувача вимкнено.',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['одержувач*', 'отримувач*', 'адресат*'], source: GMAIL },
    { kind: 'sender', forms: ['відправник*', 'надсилач*'], source: GMAIL },
    { kind: 'mailbox', forms: ['скриньк*', 'скриньці'], source: GMAIL },
    { kind: 'user', forms: ['користувач*'], source: GMAIL },
    { kind: 'address', forms: ['адрес*'], source: GMAIL },
    { kind: 'account', forms: ['обліков* запис*', 'акаунт*'], source: GMAIL },
    { kind: 'domain', forms: ['домен*'], source: GMAIL },
    { kind: 'server', forms: ['сервер*'], source: MICROSOFT },
    { kind: 'connection', forms: ["з'єднання", 'підключення'], source: MICROSOFT },
    { kind: 'message', forms: ['повідомлен*', 'лист*'], source: GMAIL },
    { kind: 'attachment', forms: ['вкладен*'], source: GMAIL },
    { kind: 'size', forms: ['розмір*'], source: GMAIL },
    { kind: 'storage', forms: ['квот*', 'сховищ*'], source: GMAIL },
    { kind: 'spam', forms: ['спам*'], source: GMAIL },
    { kind: 'virus', forms: ['вірус*', 'шкідлив*'], source: GMAIL },
    { kind: 'delivery', forms: ['доставк*', 'доставлен*'], source: MICROSOFT },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: ['не існує', 'не знайдено', 'не знайдений', 'невідом*', 'недійсн*'],
      source: GMAIL,
    },
    { kind: 'unavailable', forms: ['недоступн*'], source: MICROSOFT },
    { kind: 'full', forms: ['переповнен*', 'заповнен*'], source: GMAIL },
    { kind: 'exceeded', forms: ['перевищено', 'перевищує'], source: GMAIL },
    { kind: 'toolarge', forms: ['(занадто|надто) велик*'], source: GMAIL },
    {
      kind: 'disabled',
      forms: ['вимкнено', 'вимкнений', 'призупинено', 'деактивовано'],
      source: GMAIL,
    },
    { kind: 'blocked', forms: ['заблоковано', 'заблокован*'], source: MICROSOFT },
    { kind: 'rejected', forms: ['відхилено', 'відхилен*'], source: MICROSOFT },
    { kind: 'notallowed', forms: ['не дозволено', 'заборонено'], source: MICROSOFT },
    { kind: 'detected', forms: ['виявлено', 'визначено', 'позначено'], source: GMAIL },
    { kind: 'failed', forms: ['не вдалося', 'помилк*'], source: MICROSOFT },
    { kind: 'expired', forms: ['минув', 'закінчився'], source: MICROSOFT },
    { kind: 'temporary', forms: ['тимчасов* (помилк*|проблем*)'], source: GMAIL_CODES },
  ],
  negators: ['не', 'немає', 'без', 'ні'],
  boilerplate: [
    {
      forms: [
        'не вдалося доставити (повідомлення )?(цим одержувачам або групам)?',
        'це повідомлення створено автоматично',
        'діагностичні відомості для адміністраторів',
      ],
      source: MICROSOFT,
    },
    { forms: ['перевірте адресу', 'спробуйте (ще раз )?пізніше'], source: GMAIL },
  ],
};
