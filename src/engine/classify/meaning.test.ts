import { describe, expect, it } from 'vitest';
import { meaningOf, prepareMeaning } from './meaning.ts';
import { LEXICONS } from '../rules/lexicon/index.ts';
import type { Reason } from './types.ts';

/** As the classifier hands texts over: lower-cased, whitespace runs collapsed. */
const read = (text: string) => meaningOf(text.toLowerCase().replace(/\s+/g, ' '));

type Case = [text: string, reason: Reason];

function cases(list: Case[]) {
  it.each(list)('%s → %s', (text, reason) => {
    const meaning = read(text);
    expect(meaning?.reason, JSON.stringify(meaning)).toBe(reason);
  });
}

describe('every lexicon phrase fires on its own example', () => {
  const examples = LEXICONS.flatMap((lexicon) =>
    lexicon.phrases.map((phrase) => [lexicon.language, phrase.example, phrase.reason] as const),
  );
  it.each(examples)('%s: %s → %s', (_language, example, reason) => {
    const meaning = read(example);
    expect(meaning?.reason, JSON.stringify(meaning)).toBe(reason);
    expect(meaning?.strength).toBe('phrase');
  });
});

describe('English (the fallback words)', () => {
  cases([
    ['The email account that you tried to reach does not exist.', 'userunknown'],
    ['sorry, no mailbox here by that name', 'userunknown'],
    ['Recipient address rejected: User unknown in virtual mailbox table', 'userunknown'],
    ['Host or domain name not found. Name service error', 'hostunknown'],
    ['The recipient domain has no MX record', 'hostunknown'],
    ['Mailbox is full / quota exceeded', 'mailboxfull'],
    ['The recipient’s inbox is out of storage space.', 'mailboxfull'],
    ['This account has been disabled or discontinued', 'suspend'],
    ['Message size exceeds fixed maximum message size', 'mesgtoobig'],
    ['Your message looks like spam to our filters', 'spamdetected'],
    ['Message infected by virus (Eicar-Test-Signature)', 'virusdetected'],
    ['Your IP address is listed on a blocklist', 'blocked'],
    ['Relaying denied: authenticate first', 'norelaying'],
    ['Sender address rejected: Domain not found', 'rejected'],
    ['Domain of sender address does not exist', 'rejected'],
    ['SPF check failed for this sender', 'authfailure'],
    ['Authentication required before sending', 'securityerror'],
    ['Must issue a STARTTLS command first: TLS required', 'failedstarttls'],
    ['Too many connections from your host, slow down', 'toomanyconn'],
    ['You have sent too many messages, rate limited', 'speeding'],
    ['Connection timed out while talking to the remote host', 'networkerror'],
    ['Message expired: delivery time expired after 5 days', 'expired'],
    ['Temporary server error, please retry later', 'systemerror'],
    ['This message violates our email policy', 'policyviolation'],
    ['Out of office: I am on vacation until Monday', 'vacation'],
  ]);
});

describe('German', () => {
  cases([
    ['Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden.', 'userunknown'],
    ['Die Empfängeradresse existiert nicht', 'userunknown'],
    ['Der Empfänger ist unbekannt', 'userunknown'],
    ['Dieses Postfach gibt es nicht', 'userunknown'],
    ['Die Domain des Empfängers existiert nicht', 'hostunknown'],
    ['Zieldomain nicht gefunden', 'hostunknown'],
    [
      'Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.',
      'mailboxfull',
    ],
    ['Postfach voll', 'mailboxfull'],
    ['Der Speicherplatz des Empfängers ist ausgeschöpft', 'mailboxfull'],
    ['Das Benutzerkonto wurde deaktiviert', 'suspend'],
    ['Das Konto ist gesperrt', 'suspend'],
    ['Die Nachricht ist zu groß für das Postfach des Empfängers', 'mesgtoobig'],
    ['Die Nachricht wurde als Spam eingestuft und abgelehnt', 'spamdetected'],
    ['In der Nachricht wurde ein Virus gefunden', 'virusdetected'],
    ['Ihre IP-Adresse steht auf einer Sperrliste und wurde blockiert', 'blocked'],
    ['Relaying nicht erlaubt', 'norelaying'],
    ['Absenderadresse abgelehnt: Domain nicht gefunden', 'rejected'],
    ['Die Domain des Absenders existiert nicht', 'rejected'],
    ['SPF-Prüfung fehlgeschlagen', 'authfailure'],
    ['Authentifizierung erforderlich', 'securityerror'],
    ['Zu viele Verbindungen von Ihrem Server', 'toomanyconn'],
    ['Sendelimit überschritten, bitte später erneut senden', 'speeding'],
    ['Zeitüberschreitung der Verbindung zum Zielserver', 'networkerror'],
    ['Die maximale Zustellzeit ist abgelaufen', 'expired'],
    ['Vorübergehendes Systemproblem. Versuchen Sie es später noch einmal', 'systemerror'],
    ['Ich bin bis zum 14. Juni im Urlaub und lese meine E-Mails nicht', 'vacation'],
    ['Automatische Antwort: Abwesenheitsnotiz', 'vacation'],
  ]);
});

describe('French', () => {
  cases([
    ["L'adresse de messagerie que vous avez entrée est introuvable.", 'userunknown'],
    [
      "Adresse introuvable : votre message n'a pas été distribué car l'adresse est introuvable",
      'userunknown',
    ],
    ["Cette adresse n'existe pas", 'userunknown'],
    ['Utilisateur inconnu', 'userunknown'],
    ['Destinataire inconnu sur ce serveur', 'userunknown'],
    ['Le domaine du destinataire est introuvable', 'hostunknown'],
    ["Le nom de domaine n'existe pas", 'hostunknown'],
    [
      'La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l’instant.',
      'mailboxfull',
    ],
    ['Boite du destinataire pleine', 'mailboxfull'],
    ['Le quota de la boîte aux lettres est dépassé', 'mailboxfull'],
    ['Le compte du destinataire a été désactivé', 'suspend'],
    ['Le message est trop volumineux', 'mesgtoobig'],
    ['La taille du message dépasse la limite autorisée par le serveur', 'mesgtoobig'],
    ['Message refusé : considéré comme spam', 'spamdetected'],
    ['Le message contient un virus', 'virusdetected'],
    ['Adresse IP source bloquee pour incident de spam', 'blocked'],
    ['Relais refusé', 'norelaying'],
    ['Emetteur invalide', 'rejected'],
    ["Le domaine de l'expéditeur n'existe pas", 'rejected'],
    ["Message refuse, DKIM n'est pas configure sur votre domaine d'expedition", 'authfailure'],
    ['Authentification requise', 'securityerror'],
    ['Trop de connexions, veuillez verifier votre configuration', 'toomanyconn'],
    ['Délai d’attente dépassé lors de la connexion au serveur distant', 'networkerror'],
    ['Le délai de remise a expiré', 'expired'],
    ['Je suis absent du bureau jusqu’au 3 janvier', 'vacation'],
    ['Réponse automatique : en congés', 'vacation'],
  ]);
});

describe('Spanish', () => {
  cases([
    ['No se encontró la dirección de correo electrónico que especificó.', 'userunknown'],
    ['La dirección de correo electrónico no existe', 'userunknown'],
    ['Usuario desconocido', 'userunknown'],
    ['El destinatario no existe en este servidor', 'userunknown'],
    ['El dominio del destinatario no existe', 'hostunknown'],
    ['Dominio inexistente', 'hostunknown'],
    [
      'El buzón del destinatario está lleno y no puede aceptar mensajes en este momento.',
      'mailboxfull',
    ],
    ['Buzón lleno', 'mailboxfull'],
    [
      'La bandeja de entrada del destinatario no tiene espacio de almacenamiento disponible: cuota excedida',
      'mailboxfull',
    ],
    ['La cuenta del destinatario está suspendida', 'suspend'],
    ['El mensaje es demasiado grande', 'mesgtoobig'],
    ['El mensaje fue marcado como spam', 'spamdetected'],
    ['El mensaje contiene un virus', 'virusdetected'],
    ['Su dirección IP está en una lista negra', 'blocked'],
    ['Retransmisión denegada', 'norelaying'],
    ['Remitente rechazado: dominio inexistente', 'rejected'],
    ['Se requiere autenticación', 'securityerror'],
    ['Demasiadas conexiones desde su servidor', 'toomanyconn'],
    ['Se agotó el tiempo de espera de la conexión', 'networkerror'],
    ['El mensaje ha caducado sin poder entregarse', 'expired'],
    ['Estaré fuera de la oficina hasta el 2 de mayo', 'vacation'],
  ]);
});

describe('Portuguese', () => {
  cases([
    ['O endereço de e-mail não foi encontrado', 'userunknown'],
    ['Usuário desconhecido', 'userunknown'],
    ['A conta de e-mail que você tentou acessar não existe', 'userunknown'],
    ['Destinatário inexistente', 'userunknown'],
    ['O domínio do destinatário não existe', 'hostunknown'],
    ['A caixa postal do destinatário está cheia', 'mailboxfull'],
    ['A caixa de entrada do destinatário está sem espaço de armazenamento', 'mailboxfull'],
    ['Cota excedida para este usuário', 'mailboxfull'],
    ['A conta do destinatário foi desativada', 'suspend'],
    ['A mensagem é muito grande', 'mesgtoobig'],
    ['Mensagem rejeitada: considerada como spam', 'spamdetected'],
    ['A mensagem contém vírus', 'virusdetected'],
    ['Seu endereço IP está bloqueado', 'blocked'],
    ['Retransmissão não permitida', 'norelaying'],
    ['Remetente inválido', 'rejected'],
    ['Autenticação obrigatória', 'securityerror'],
    ['Tempo limite esgotado na conexão com o servidor', 'networkerror'],
    ['Resposta automática: estou de férias até dia 10', 'vacation'],
  ]);
});

describe('Italian', () => {
  cases([
    ["L'indirizzo email del destinatario non esiste", 'userunknown'],
    ['Utente inesistente', 'userunknown'],
    ['Indirizzo destinatario sconosciuto', 'userunknown'],
    ['Il dominio non esiste', 'hostunknown'],
    ['Casella di posta piena', 'mailboxfull'],
    ['La casella del destinatario ha superato la quota', 'mailboxfull'],
    ['Lo spazio della casella è esaurito', 'mailboxfull'],
    ["L'account del destinatario è stato disattivato", 'suspend'],
    ['Il messaggio è troppo grande', 'mesgtoobig'],
    ['Messaggio rifiutato perché considerato come spam', 'spamdetected'],
    ['Il messaggio contiene un virus', 'virusdetected'],
    ['Indirizzo IP bloccato temporaneamente per sospetto abuso', 'blocked'],
    ['Relay non consentito', 'norelaying'],
    ['Mittente rifiutato', 'rejected'],
    ['Autenticazione richiesta', 'securityerror'],
    ['Troppe connessioni dal tuo server', 'toomanyconn'],
    ['Tempo di attesa scaduto durante la connessione', 'networkerror'],
    ['Sono in ferie fino al 25 agosto', 'vacation'],
  ]);
});

describe('Russian', () => {
  cases([
    ['Адрес электронной почты не существует', 'userunknown'],
    ['Пользователь не найден', 'userunknown'],
    ['Получатель не существует', 'userunknown'],
    ['Нет такого пользователя', 'userunknown'],
    ['Домен получателя не найден', 'hostunknown'],
    ['Почтовый ящик переполнен', 'mailboxfull'],
    ['Ящик получателя переполнен, письмо не может быть доставлено', 'mailboxfull'],
    ['Превышена квота почтового ящика', 'mailboxfull'],
    ['Учетная запись получателя заблокирована', 'suspend'],
    ['Письмо слишком большое', 'mesgtoobig'],
    ['Письмо отклонено: подозрение на спам', 'spamdetected'],
    ['В письме обнаружен вирус', 'virusdetected'],
    ['Ваш IP-адрес заблокирован', 'blocked'],
    ['IP-адрес отправителя находится в черном списке', 'blocked'],
    ['Ретрансляция запрещена', 'norelaying'],
    ['Адрес отправителя отклонен', 'rejected'],
    ['Требуется аутентификация', 'securityerror'],
    ['Слишком много соединений с вашего сервера', 'toomanyconn'],
    ['Истекло время ожидания соединения', 'networkerror'],
    ['Автоответ: я в отпуске до понедельника', 'vacation'],
  ]);
});

describe('Chinese', () => {
  cases([
    ['找不到您输入的电子邮件地址。', 'userunknown'],
    ['收件人地址不存在', 'userunknown'],
    ['该用户不存在', 'userunknown'],
    ['邮箱不存在或已注销', 'userunknown'],
    ['收件人邮箱地址有误，请检查', 'userunknown'],
    ['收件人域名不存在', 'hostunknown'],
    ['收件人的邮箱已满，此时无法接受邮件。', 'mailboxfull'],
    ['对方邮箱空间不足', 'mailboxfull'],
    ['收件人邮箱容量已满', 'mailboxfull'],
    ['该邮箱已被冻结', 'suspend'],
    ['邮件大小超过限制', 'mesgtoobig'],
    ['邮件被判定为垃圾邮件', 'spamdetected'],
    ['邮件中发现病毒', 'virusdetected'],
    ['发信IP被禁止', 'blocked'],
    ['拒绝中继', 'norelaying'],
    ['发件人地址不合法', 'rejected'],
    ['需要身份验证', 'securityerror'],
    ['发送频率过高', 'speeding'],
    ['连接超时', 'networkerror'],
    ['自动回复：我正在休假', 'vacation'],
    ['用戶不存在', 'userunknown'],
    ['收件人信箱已滿', 'mailboxfull'],
  ]);
});

describe('Japanese', () => {
  cases([
    ['入力した電子メール アドレスが見つかりませんでした。', 'userunknown'],
    ['宛先不明', 'userunknown'],
    ['宛先のメールアドレスが存在しません', 'userunknown'],
    ['ユーザーが見つかりません', 'userunknown'],
    ['ドメインが存在しません', 'hostunknown'],
    [
      '受信者のメールボックスがいっぱいで、現在メッセージを受け取ることができません。',
      'mailboxfull',
    ],
    ['宛先の受信トレイの空き容量不足', 'mailboxfull'],
    ['メールボックスの容量を超過しています', 'mailboxfull'],
    ['このアカウントは停止されています', 'suspend'],
    ['メールのサイズが大きすぎます', 'mesgtoobig'],
    ['迷惑メールと判定されたため拒否されました', 'spamdetected'],
    ['ウイルスが検出されました', 'virusdetected'],
    ['送信元のIPアドレスはブロックされています', 'blocked'],
    ['中継を拒否しました', 'norelaying'],
    ['送信者のアドレスが拒否されました', 'rejected'],
    ['認証が必要です', 'securityerror'],
    ['接続がタイムアウトしました', 'networkerror'],
    ['受信拒否設定により配信できませんでした', 'filtered'],
    ['自動返信：休暇中のため返信が遅れます', 'vacation'],
  ]);
});

describe('Korean', () => {
  cases([
    ['존재하지 않는 사용자입니다', 'userunknown'],
    ['받는 사람의 메일 주소가 존재하지 않습니다', 'userunknown'],
    ['도메인이 존재하지 않습니다', 'hostunknown'],
    ['수신자의 메일함이 가득 찼습니다', 'mailboxfull'],
    ['메일함 용량이 초과되었습니다', 'mailboxfull'],
    ['휴면 계정입니다', 'suspend'],
    ['메일 크기가 너무 큽니다', 'mesgtoobig'],
    ['스팸으로 분류되어 차단되었습니다', 'spamdetected'],
    ['바이러스가 감지되었습니다', 'virusdetected'],
    ['수신 거부된 메일입니다', 'filtered'],
    ['부재중 자동 응답입니다', 'vacation'],
  ]);
});

describe('Polish', () => {
  cases([
    ['Adres e-mail odbiorcy nie istnieje', 'userunknown'],
    ['Nieznany użytkownik', 'userunknown'],
    ['Domena nie istnieje', 'hostunknown'],
    ['Skrzynka odbiorcy jest pełna', 'mailboxfull'],
    ['Skrzynka pocztowa przepełniona', 'mailboxfull'],
    ['Konto zostało zawieszone', 'suspend'],
    ['Wiadomość jest zbyt duża', 'mesgtoobig'],
    ['Wiadomość uznana jako spam', 'spamdetected'],
    ['Wykryto wirusa w załączniku', 'virusdetected'],
    ['Adres IP nadawcy jest zablokowany', 'blocked'],
    ['Automatyczna odpowiedź: jestem na urlopie', 'vacation'],
  ]);
});

describe('Czech', () => {
  cases([
    ['Uživatel neexistuje', 'userunknown'],
    ['E-mailová adresa příjemce neexistuje', 'userunknown'],
    ['Permanentní chyba na straně uživatele.', 'userunknown'],
    ['Doména neexistuje', 'hostunknown'],
    ['Schránka příjemce je plná', 'mailboxfull'],
    ['Překročena kvóta schránky', 'mailboxfull'],
    ['Účet byl zablokován', 'suspend'],
    ['Zpráva je příliš velká', 'mesgtoobig'],
    ['Zpráva byla vyhodnocena jako spam', 'spamdetected'],
    ['Zpráva obsahuje virus', 'virusdetected'],
    ['Automatická odpověď: jsem na dovolené', 'vacation'],
  ]);
});

describe('Dutch', () => {
  cases([
    ['Het e-mailadres bestaat niet', 'userunknown'],
    ['Onbekende gebruiker', 'userunknown'],
    ['Het domein bestaat niet', 'hostunknown'],
    ['De mailbox van de ontvanger is vol', 'mailboxfull'],
    ['Mailbox zit vol', 'mailboxfull'],
    ['Het account van de ontvanger is gedeactiveerd', 'suspend'],
    ['Het bericht is te groot', 'mesgtoobig'],
    ['Het bericht is gemarkeerd als spam', 'spamdetected'],
    ['Het bericht bevat een virus', 'virusdetected'],
    ['Uw IP-adres is geblokkeerd', 'blocked'],
    ['Automatisch antwoord: ik ben afwezig', 'vacation'],
  ]);
});

describe('Turkish', () => {
  cases([
    ['Böyle bir kullanıcı yok', 'userunknown'],
    ['Alıcı bulunamadı', 'userunknown'],
    ['E-posta adresi mevcut değil', 'userunknown'],
    ['Alan adı bulunamadı', 'hostunknown'],
    ['Alıcının posta kutusu dolu', 'mailboxfull'],
    ['Posta kutusu kotası aşıldı', 'mailboxfull'],
    ['Hesap askıya alındı', 'suspend'],
    ['Mesaj boyutu çok büyük', 'mesgtoobig'],
    ['İleti spam olarak algılandı', 'spamdetected'],
    ['İletide virüs tespit edildi', 'virusdetected'],
    ['IP adresiniz engellendi', 'blocked'],
    ['Otomatik yanıt: ofis dışındayım', 'vacation'],
  ]);
});

describe('mixed forms: a localized sentence with the English original', () => {
  cases([
    ["Vom Remoteserver wurde '550 5.1.1 User unknown' zurückgegeben", 'userunknown'],
    ["Le serveur distant a retourné '552 5.2.2 Mailbox full'", 'mailboxfull'],
    ["El servidor remoto devolvió '550 5.1.1 Recipient not found'", 'userunknown'],
    ['远程服务器返回 550 5.1.1 user unknown', 'userunknown'],
    ['リモート サーバーから返されたエラー: 550 5.1.1 User unknown', 'userunknown'],
    ['Das Postfach ist voll. Mailbox full.', 'mailboxfull'],
    ['Boîte aux lettres pleine / Mailbox full', 'mailboxfull'],
    ['用户不存在 / User not found', 'userunknown'],
    ['Адресат не найден. Recipient address rejected: user unknown', 'userunknown'],
  ]);
});

describe('boilerplate, disclaimers and advice name no cause', () => {
  it.each([
    'This message was created automatically by mail delivery software.',
    'Delivery Status Notification (Failure)',
    'Mail delivery failed: returning message to sender',
    'Your message could not be delivered to one or more recipients.',
    'Unzustellbar: Ihre Nachricht konnte nicht zugestellt werden',
    'Non remis : votre message n’a pas pu être remis',
    'No se pudo entregar el mensaje',
    'Mensagem não entregue',
    'Messaggio non recapitato',
    'Ваше сообщение не доставлено. Mail failure.',
    '系统退信：无法投递',
    '配信できませんでした',
    'This email has been scanned for viruses by MailScanner',
    'This e-mail and any attachments are confidential and may be privileged.',
    'Diese E-Mail wurde auf Viren geprüft.',
    'Ce message et ses pièces jointes sont confidentiels.',
    'Please check the recipient’s email address and try again.',
    'Überprüfen Sie die E-Mail-Adresse des Empfängers und versuchen Sie es erneut.',
    'Vérifiez l’adresse e-mail du destinataire et réessayez.',
    'No virus found in this message.',
    'Kein Virus gefunden.',
    'Rekomendujemy: sprawdź poprawność adresu odbiorcy.',
    'Рекомендуем Вам проверить корректность указания адресов получателей.',
    'Vaše zpráva pro jan@example.cz ze dne 1.1.2024 nemohla být doručena. Zpráva je přiložena.',
    'Hello, world',
  ])('%s', (text) => {
    expect(read(text)).toBeUndefined();
  });

  it('a disclaimer about viruses does not outweigh the cause beside it', () => {
    expect(read('The mailbox is full. This email has been scanned for viruses.')?.reason).toBe(
      'mailboxfull',
    );
  });

  it('a denied assertion is no evidence', () => {
    expect(read('Mailbox is not full')).toBeUndefined();
    expect(read('Das Postfach ist nicht voll')).toBeUndefined();
    expect(read('ウイルスは検出されませんでした')).toBeUndefined();
    expect(read('未发现病毒')).toBeUndefined();
  });

  it('the denial inside a template sentence denies nothing after it', () => {
    // "не" belongs to "не доставлено" (not delivered), not to "превышено" (exceeded).
    expect(read('Ваше сообщение не доставлено: превышено время ожидания.')?.reason).toBe('expired');
    expect(read('Your message could not be delivered: mailbox full')?.reason).toBe('mailboxfull');
  });
});

describe('what generalises: care that is not tied to one wording', () => {
  cases([
    // Identifiers name nothing: a local part "blocked", a host "relay.example.net".
    ['550 5.7.25 <blocked@example.org>: Reverse DNS validation failed', 'requireptr'],
    ['host relay.example.net said: 550 mailbox full', 'mailboxfull'],
    // The doer of a passive is not what is said of.
    ['Your message was rejected by the remote server: user unknown', 'userunknown'],
    ['Mensaje rechazado por el servidor: buzón lleno', 'mailboxfull'],
    // Sender and sending qualify the noun beside them.
    ['Sender domain does not exist', 'rejected'],
    ['Daily sending quota exceeded', 'speeding'],
    ['Kontingent für den Versand überschritten', 'speeding'],
    ['Quota exceeded', 'mailboxfull'],
    // A generic phrase yields to the specific words beside it.
    ['mailbox is full: retry timeout exceeded', 'mailboxfull'],
    ['Message not accepted for policy reasons', 'policyviolation'],
    // Combinations no phrase lists.
    ['Der Speicher des Kontos ist erschöpft', 'mailboxfull'],
    ['La casilla del destinatario fue dada de baja', 'suspend'],
    ['收件人帐号已停用', 'suspend'],
    ['Ящик получателя заблокирован', 'suspend'],
    ['The attachment type is not allowed', 'policyviolation'],
    // Refused by the recipient itself, whatever was refused: its filter, not a closed mailbox.
    ['Su dirección de correo ha sido bloqueada por el destinatario.', 'filtered'],
    ['Votre adresse e-mail a été bloquée par le destinataire.', 'filtered'],
    ['Uw e-mailadres is geblokkeerd door de ontvanger.', 'filtered'],
    ['您的邮件地址已被收件人屏蔽。', 'filtered'],
  ]);
});

describe('a notice that names the recipient by its mailbox name alone', () => {
  // Exchange Online's template: "joe wasn't found at example.com", in each language it writes.
  const named = (text: string, name = 'joe') =>
    meaningOf(text.toLowerCase().replace(/\s+/g, ' '), name)?.reason;
  it.each([
    [
      'Ihre Nachricht an joe@example.com konnte nicht zugestellt werden. joe wurde bei example.com nicht gefunden.',
    ],
    ['Su mensaje para joe@example.com no se pudo entregar. No se encontró a joe en example.com.'],
    [
      'joe@example.com へのメッセージを配信できませんでした。example.com で joe が見つかりませんでした。',
    ],
    ['无法传递给 joe@example.com 的邮件。在 example.com 中找不到 joe。'],
  ])('%s', (text) => {
    expect(named(text)).toBe('userunknown');
    // Without the name, nothing says what was not found.
    expect(meaningOf(text.toLowerCase())?.reason).not.toBe('userunknown');
  });

  it('counts the name only as a word of its own, outside addresses, and not a role name', () => {
    expect(named('joejoe wurde bei example.com nicht gefunden')).toBeUndefined();
    expect(named('joe@example.com: nicht gefunden', 'joe')).toBeUndefined();
    expect(named('info wurde bei example.com nicht gefunden', 'info')).toBeUndefined();
  });
});

describe('the reading says what it rests on', () => {
  it('a phrase: language, span and source', () => {
    expect(read('Das Postfach ist voll')).toMatchObject({
      reason: 'mailboxfull',
      strength: 'phrase',
      language: 'de',
      matched: 'postfach ist voll',
      source: expect.stringMatching(/^https?:\/\//),
    });
  });

  it('the words: thing, predicate and the sender qualifier', () => {
    expect(read('The domain of the sender does not exist')).toMatchObject({
      reason: 'rejected',
      strength: 'words',
      rule: expect.stringContaining('sender'),
    });
  });
});

describe('cost', () => {
  it.each([
    ['repeated words', 'no not mailbox full user unknown (((( '.repeat(3_000)],
    ['one letter', 'a'.repeat(100_000)],
    ['CJK', '用户'.repeat(50_000)],
    ['long heads', 'this message was created automatically by mail delivery softwar'.repeat(1_600)],
  ])('stays linear on a hostile 100 KB text: %s', (_name, text) => {
    prepareMeaning();
    const whole = text.slice(0, 100_000);
    const tenth = text.slice(0, 10_000);
    // Warm the code first: the bound is on the matching, not on the JIT.
    for (let i = 0; i < 3; i++) read(whole);
    const best = (input: string) => {
      let time = Infinity;
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        read(input);
        time = Math.min(time, performance.now() - start);
      }
      return time;
    };
    const part = best(tenth);
    const all = best(whole);
    expect(all).toBeLessThan(50);
    // Linear: ten times the text, not a hundred times the time.
    expect(all).toBeLessThan(Math.max(5, part * 30));
  });
});
