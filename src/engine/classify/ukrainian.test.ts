/**
 * Ukrainian one-liners without a status code, as a user pastes them: each reads as a bounce
 * with its reason and permanence, and Russian ones still read as before.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import { parseBounce } from '../parse/parse-bounce.ts';

const read = (text: string) => {
  const parsed = parseBounce(text);
  const c = parsed.isBounce ? classify(parsed)[0] : undefined;
  return { isBounce: parsed.isBounce, reason: c?.reason, permanent: c?.permanent };
};

const CASES: [text: string, reason: string, permanent: boolean | null][] = [
  ['Поштова скринька одержувача переповнена', 'mailboxfull', false],
  ['Перевищено квоту', 'mailboxfull', false],
  ['Невідомий користувач', 'userunknown', true],
  ['Користувача не знайдено: bob@example.ua', 'userunknown', true],
  ['Адреса не існує', 'userunknown', true],
  ['Домен не існує', 'hostunknown', true],
  ['Повідомлення занадто велике', 'mesgtoobig', true],
  ['Ваше повідомлення позначено як спам', 'spamdetected', true],
  ['Обліковий запис одержувача вимкнено', 'suspend', true],
  ['Автоматична відповідь: я у відпустці до понеділка', 'vacation', null],
  // Russian, beside it in the same script.
  ['Почтовый ящик получателя переполнен', 'mailboxfull', false],
  ['Пользователь не найден', 'userunknown', true],
];

describe('Ukrainian one-liners', () => {
  it.each(CASES)('%s', (text, reason, permanent) => {
    expect(read(text)).toEqual({ isBounce: true, reason, permanent });
  });
});
