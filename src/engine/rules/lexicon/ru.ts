/**
 * Russian: Mail.ru and Yandex refusals and notices, Microsoft's localised NDRs. Nouns and
 * participles are stems (`ящик*`, `заблокирован*`) to take the cases and genders
 * ("ящика", "заблокирована"); ё is matched as е.
 */
import type { Lexicon } from './types.ts';

const MAILRU_NOTICE = 'https://pastebin.com/D9bzqdPA';
const MAILOUT = 'https://mailout.ru/2015/09';
const YANDEX = 'https://yandex.com/support/mail/bounces/yandex.html';
const WINDOWSFAQ = 'http://www.windowsfaq.ru/content/view/603/90/';
const MICROSOFT =
  'https://learn.microsoft.com/ru-ru/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';
const GMAIL = 'https://support.google.com/a/answer/3726730?hl=ru';

export const RU: Lexicon = {
  language: 'ru',
  script: 'cyrillic',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        '(почтовый )?ящик( получателя)? (переполнен|заполнен)*',
        'переполнен(ный|ного)? (почтовый )?ящик*',
        'превышен(а)? квот(а|у)',
        'нет (свободного )?места в (почтовом )?ящике',
      ],
      source: MAILOUT,
      example: 'Почтовый ящик получателя переполнен',
    },
    {
      reason: 'userunknown',
      forms: [
        '(пользователь|адресат|получатель) не (найден|существует)',
        '(почтовый )?ящик не существует',
        'нет такого (пользователя|адресата|ящика)',
        'несуществующ(ий|его|ему) (адрес|ящик|пользовател)*',
        'неизвестный (пользователь|получатель|адресат)',
      ],
      source: MAILOUT,
      example: 'Пользователь не найден: проверьте адрес получателя',
    },
    {
      reason: 'hostunknown',
      forms: ['домен не (найден|существует)', 'несуществующ(ий|его) домен*', 'неизвестный домен'],
      source: YANDEX,
      example: 'Домен не существует',
    },
    {
      reason: 'vacation',
      forms: [
        'в отпуске',
        'вне офиса',
        'автоответ*',
        'автоматический ответ',
        'в командировке',
        'буду отсутствовать',
        'отсутствую до',
      ],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: 'Автоответ: я нахожусь в командировке до 10 марта.',
    },
    {
      reason: 'spamdetected',
      forms: [
        '(распознан|определен|признан|помечен)(о|а)? как спам',
        'подозрени(е|ем) на спам',
        'похоже на спам',
      ],
      source: YANDEX,
      example: 'Письмо отклонено: подозрение на спам',
    },
    {
      reason: 'virusdetected',
      forms: ['обнаружен вирус', 'содержит вирус', 'заражен(о|а)? вирусом'],
      source: YANDEX,
      example: 'В письме обнаружен вирус',
    },
    {
      reason: 'speeding',
      forms: ['слишком (часто|быстро)', 'превышен лимит (отправки|писем)'],
      source: MAILOUT,
      example: 'Превышен лимит отправки писем, попробуйте позже',
    },
    {
      reason: 'mesgtoobig',
      forms: [
        '(письмо|сообщение) слишком больш*',
        'превышен (максимальный )?размер (письма|сообщения)',
      ],
      source: YANDEX,
      example: 'Сообщение слишком большое для сервера получателя',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['получател*', 'адресат*'], source: MAILRU_NOTICE },
    { kind: 'sender', forms: ['отправител*'], source: MAILOUT },
    { kind: 'sending', forms: ['отправк*'], source: MAILOUT },
    {
      kind: 'mailbox',
      forms: ['ящик*', 'почтов(ый|ого|ом|ому) ящик*', 'входящие'],
      source: MAILOUT,
    },
    { kind: 'user', forms: ['пользовател*'], source: MAILOUT },
    {
      kind: 'address',
      forms: ['адрес(а|у|ом|е|ов|ами)?', 'адрес (электронной|эл\\.) почты'],
      source: MAILRU_NOTICE,
    },
    { kind: 'account', forms: ['аккаунт*', 'учетн(ая|ой|ую) запис(ь|и)'], source: MAILOUT },
    { kind: 'domain', forms: ['домен*'], source: YANDEX },
    { kind: 'host', forms: ['хост*'], source: WINDOWSFAQ },
    { kind: 'server', forms: ['сервер*'], source: WINDOWSFAQ },
    { kind: 'service', forms: ['сервис*', 'служб*'], source: WINDOWSFAQ },
    { kind: 'system', forms: ['систем*'], source: WINDOWSFAQ },
    { kind: 'network', forms: ['сет(ь|и)'], source: WINDOWSFAQ },
    { kind: 'connection', forms: ['соединени*', 'подключени*'], source: WINDOWSFAQ },
    { kind: 'ip', forms: ['ip-адрес*', 'ip адрес*'], source: YANDEX },
    { kind: 'blocklist', forms: ['черн(ый|ом|ого|ые|ых) спис*', 'стоп-лист*'], source: YANDEX },
    { kind: 'relay', forms: ['ретрансляци*'], source: WINDOWSFAQ },
    { kind: 'message', forms: ['письм*', 'сообщени*'], source: MAILRU_NOTICE },
    { kind: 'attachment', forms: ['вложени*'], source: YANDEX },
    { kind: 'content', forms: ['содержим*', 'содержани*'], source: YANDEX },
    { kind: 'size', forms: ['размер*'], source: YANDEX },
    { kind: 'storage', forms: ['квот*', 'мест(о|а)', 'объем*', 'хранилищ*'], source: MAILOUT },
    { kind: 'rate', forms: ['частот*', 'скорост*'], source: MAILOUT },
    { kind: 'limit', forms: ['лимит*', 'ограничени*'], source: MAILOUT },
    { kind: 'spam', forms: ['спам*', '*антиспам*', 'нежелательн*'], source: YANDEX },
    { kind: 'virus', forms: ['вирус*', 'вредоносн*', '*антивирус*'], source: YANDEX },
    { kind: 'auth', forms: ['аутентификаци*', 'авторизаци*'], source: MAILOUT },
    { kind: 'tls', forms: ['шифровани*'], source: GMAIL },
    { kind: 'certificate', forms: ['сертификат*'], source: GMAIL },
    {
      kind: 'ptr',
      forms: ['обратн(ая|ой|ую|ый|ого) (dns-)?(зон|запис|dns)*', 'ptr-запис*'],
      source: GMAIL,
    },
    { kind: 'dns', forms: ['(mx|dns)-запис*'], source: YANDEX },
    { kind: 'delivery', forms: ['доставк*'], source: MICROSOFT },
    { kind: 'time', forms: ['врем(я|ени)', 'срок*'], source: MICROSOFT },
    { kind: 'policy', forms: ['политик*', 'правил*'], source: YANDEX },
    { kind: 'filter', forms: ['фильтр*'], source: YANDEX },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: [
        'не существу(ет|ют)',
        'несуществующ*',
        'неизвестн*',
        'не найден*',
        'неверн*',
        'недействительн*',
        'не обнаружен*',
        'нет так(ого|ой)',
        'не зарегистрирован*',
        'некорректн*',
        'ошибочн*',
      ],
      source: MAILOUT,
    },
    { kind: 'unavailable', forms: ['недоступ*'], source: WINDOWSFAQ },
    {
      kind: 'unreachable',
      forms: ['не отвечает', 'не (удалось|удается) подключиться'],
      source: WINDOWSFAQ,
    },
    {
      kind: 'noaccept',
      forms: [
        'не принимает (почту|письма|сообщения)',
        'не может (принимать|получать) (почту|письма|сообщения)',
      ],
      source: MAILOUT,
    },
    { kind: 'missing', forms: ['отсутству*'], source: GMAIL },
    { kind: 'none', forms: ['нет', 'без'], source: GMAIL },
    {
      kind: 'full',
      forms: ['переполнен*', 'заполнен*', 'недостаточно', 'закончил(ось|ся|ась)', 'исчерпан*'],
      source: MAILOUT,
    },
    {
      kind: 'exceeded',
      forms: ['превышен*', 'превышает', 'превысил*', 'достигнут*'],
      source: MAILOUT,
    },
    { kind: 'toolarge', forms: ['слишком (больш|велик)*'], source: YANDEX },
    {
      kind: 'disabled',
      forms: [
        'отключен*',
        'деактивирован*',
        'неактивн*',
        'приостановлен*',
        'закрыт*',
        'удален*',
        'заморожен*',
      ],
      source: MAILOUT,
    },
    { kind: 'blocked', forms: ['заблокирован*', 'блокирован*', 'забанен*'], source: YANDEX },
    {
      kind: 'rejected',
      forms: ['отклонен*', 'отвергнут*', 'отказано', 'отказ', 'не принят*'],
      source: YANDEX,
    },
    {
      kind: 'notallowed',
      forms: [
        'не разрешен*',
        'запрещен*',
        'не допускается',
        'не авторизован*',
        'нет прав*',
        'не имеет прав*',
      ],
      source: MAILOUT,
    },
    {
      kind: 'listed',
      // "находится в черном списке": is in the black list.
      forms: ['в списке', 'внесен*', 'занесен*', 'числится', 'наход(ится|ятся) в'],
      source: YANDEX,
    },
    { kind: 'moved', forms: ['изменил*', 'сменил*', 'переехал*'], source: MAILOUT },
    {
      kind: 'detected',
      forms: [
        'обнаружен*',
        'распознан*',
        'определен*',
        'признан*',
        'помечен*',
        'подозрени*',
        'похож*',
        'содержит',
      ],
      source: YANDEX,
    },
    { kind: 'infected', forms: ['заражен*', 'инфицирован*'], source: YANDEX },
    { kind: 'toomany', forms: ['слишком много', 'избыточн*'], source: MAILOUT },
    {
      kind: 'timeout',
      forms: [
        'тайм-аут*',
        'таймаут*',
        '(истекло|превышено) время ожидания',
        'время ожидания истекло',
      ],
      source: WINDOWSFAQ,
    },
    { kind: 'expired', forms: ['истек*', 'просрочен*'], source: MICROSOFT },
    { kind: 'failed', forms: ['ошибк*', 'сбой', 'сбоя', 'не удалось'], source: WINDOWSFAQ },
    {
      kind: 'required',
      forms: ['требуется', 'необходим*', 'обязательн*', 'должен', 'должна', 'нужн*'],
      source: MAILOUT,
    },
    { kind: 'violation', forms: ['нарушени*', 'нарушает'], source: YANDEX },
    { kind: 'busy', forms: ['перегружен*', 'занят*'], source: WINDOWSFAQ },
    {
      kind: 'temporary',
      forms: ['временно недоступ*', 'временн(ая|ой) (ошибк|проблем)*'],
      source: WINDOWSFAQ,
    },
  ],
  negators: ['не', 'нет', 'без', 'ни'],
  boilerplate: [
    {
      forms: [
        'не доставлен*',
        'недоставлен*',
        'не может быть доставлен*',
        'не удалось доставить',
        'одному или нескольким получателям',
        'mail failure',
        'это (сообщение|письмо) (было )?(создано|сгенерировано|отправлено) автоматически',
        'уведомление о (состоянии )?доставк*',
      ],
      source: MAILRU_NOTICE,
    },
    {
      forms: [
        'удален(н)?ый сервер (вернул|возвратил|ответил)',
        'диагностическ(ие|ая) (сведения|информация) для администраторов',
        'создающий сервер',
      ],
      source: MICROSOFT,
    },
    {
      forms: [
        'рекомендуем вам проверить корректность указания адресов получателей',
        'проверьте (правильность |корректность )?(указания |написания )?адрес*',
        'повторите попытку( позже)?',
        'попробуйте (еще раз|позже|снова)',
        'обратитесь к (своему |вашему )?администратору',
      ],
      source: MAILRU_NOTICE,
    },
    {
      forms: [
        'проверено антивирусом',
        'конфиденциальн*',
        'если вы не являетесь (адресатом|получателем)',
      ],
      source: MICROSOFT,
    },
  ],
};
