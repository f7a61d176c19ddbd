/**
 * Turkish: Turkish hosting providers' SMTP error guides, GoDaddy's Turkish help on bounces,
 * Gmail's localised texts. Suffixes are stems (`kullanıcı*` for "kullanıcının"); ı and İ match
 * as i, and denial is a suffix or follows ("dolu değil").
 */
import type { Lexicon } from './types.ts';

const BACKLINK = 'https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari';
const GODADDY = 'https://tr.godaddy.com/help/e-postamin-geri-donmesi-ne-anlama-geliyor-3568';
const SH = 'https://destek.sh.com.tr/rehber/smtp-mail-gonderim-hata-kodlari';
const HATAVERDI =
  'https://hataverdi.com/e-mail-smtp-hata-kodlarinin-anlamlari-ve-cozumleri/2019/11';
const IXIR =
  'https://blog.ixirhost.com/mail-delivery-failed-returning-message-to-sender-mailbox-quota-exceeded/';
const GMAIL = 'https://support.google.com/mail/answer/6596?hl=tr';

export const TR: Lexicon = {
  language: 'tr',
  script: 'latin',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: ['(posta|gelen) kutusu (dolu|doldu)*', 'kota(sı)? (aşıldı|doldu|dolu)'],
      source: GODADDY,
      example: 'Alıcınızın posta kutusu doluysa e-postanız teslim edilmez.',
    },
    {
      reason: 'userunknown',
      forms: [
        '(böyle bir )?(kullanıcı|alıcı) (yok|bulunamadı|mevcut değil)',
        'bilinmeyen (kullanıcı|alıcı)',
        'geçersiz (alıcı|adres|kullanıcı)',
        'e-posta adresi (mevcut değil|bulunamadı|geçersiz)',
        'hesap (bulunamadı|mevcut değil)',
      ],
      source: BACKLINK,
      example: '550 No such user here – Böyle bir kullanıcı yok.',
    },
    {
      reason: 'hostunknown',
      forms: ['alan adı (bulunamadı|mevcut değil|yok)', 'geçersiz alan adı'],
      source: HATAVERDI,
      example: 'Alan adı bulunamadı.',
    },
    {
      reason: 'vacation',
      forms: [
        'ofis dışında',
        'ofiste değilim',
        'otomatik (yanıt|cevap)',
        'izindeyim',
        'tatildeyim',
        'tatilde',
      ],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: 'Otomatik yanıt: 5 Eylül tarihine kadar tatildeyim.',
    },
    {
      reason: 'spamdetected',
      forms: [
        'spam olarak (algılandı|işaretlendi|değerlendirildi)',
        'istenmeyen (e-posta|posta) olarak',
      ],
      source: GODADDY,
      example: 'Filtreler e-postanızı yanlışlıkla spam olarak işaretledi: spam olarak işaretlendi',
    },
    {
      reason: 'virusdetected',
      forms: ['virüs (tespit edildi|bulundu|algılandı)', 'virüs içeriyor', 'virüslü'],
      source: HATAVERDI,
      example: 'İleti virüs içeriyor ve reddedildi.',
    },
    {
      reason: 'speeding',
      forms: ['çok (hızlı|sık)', 'gönderim (limiti|sınırı) (aşıldı|doldu)'],
      source: SH,
      example: 'Günlük gönderim limiti aşıldı.',
    },
    {
      reason: 'mesgtoobig',
      forms: ['(ileti|mesaj|e-posta) (boyutu )?çok büyük', 'boyut (sınırı|limiti) aşıldı'],
      source: HATAVERDI,
      example: 'Mesaj boyutu çok büyük.',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['alıcı*'], source: GODADDY },
    { kind: 'sender', forms: ['gönderen*', 'gönderici*'], source: GODADDY },
    { kind: 'sending', forms: ['gönderim*'], source: SH },
    { kind: 'mailbox', forms: ['posta kutu*', 'gelen kutu*', 'e-posta kutu*'], source: GODADDY },
    { kind: 'user', forms: ['kullanıcı*'], source: BACKLINK },
    { kind: 'address', forms: ['adres*', 'e-posta adres*'], source: GMAIL },
    { kind: 'account', forms: ['hesab*', 'hesap*'], source: BACKLINK },
    { kind: 'domain', forms: ['alan ad*', 'etki alan*'], source: HATAVERDI },
    { kind: 'server', forms: ['sunucu*'], source: SH },
    { kind: 'service', forms: ['hizmet*', 'servis*'], source: SH },
    { kind: 'system', forms: ['sistem*'], source: SH },
    { kind: 'network', forms: ['ağ'], source: SH },
    { kind: 'connection', forms: ['bağlantı*'], source: HATAVERDI },
    { kind: 'ip', forms: ['ip adres*', 'ip'], source: SH },
    { kind: 'blocklist', forms: ['kara liste*'], source: SH },
    { kind: 'relay', forms: ['aktarım*', 'röle*'], source: BACKLINK },
    { kind: 'message', forms: ['ileti*', 'mesaj*', 'e-posta*', 'posta'], source: GODADDY },
    { kind: 'attachment', forms: ['ekler*', 'eki', 'dosya eki*'], source: HATAVERDI },
    { kind: 'content', forms: ['içerik*'], source: SH },
    { kind: 'size', forms: ['boyut*'], source: HATAVERDI },
    { kind: 'storage', forms: ['kota*', 'depolama*', 'disk alan*'], source: IXIR },
    { kind: 'rate', forms: ['sıklık*', 'hız*'], source: SH },
    { kind: 'limit', forms: ['limit*', 'sınır*'], source: SH },
    { kind: 'spam', forms: ['spam*', 'istenmeyen*'], source: GODADDY },
    { kind: 'virus', forms: ['virüs*', 'zararlı yazılım*', 'kötü amaçlı*'], source: HATAVERDI },
    { kind: 'auth', forms: ['kimlik doğrulama*', 'doğrulama*'], source: SH },
    { kind: 'tls', forms: ['şifreleme*'], source: SH },
    { kind: 'certificate', forms: ['sertifika*'], source: SH },
    { kind: 'ptr', forms: ['ters dns', 'ptr kayd*'], source: SH },
    { kind: 'dns', forms: ['(mx|dns) kayd*'], source: SH },
    { kind: 'delivery', forms: ['teslim*', 'iletim*'], source: GODADDY },
    { kind: 'time', forms: ['süre*', 'zaman*'], source: SH },
    { kind: 'policy', forms: ['politika*', 'kural*'], source: SH },
    { kind: 'filter', forms: ['filtre*'], source: GODADDY },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: [
        'bulunamadı',
        'bulunamıyor',
        'bulunmuyor',
        'mevcut değil',
        'geçersiz*',
        'bilinmeyen',
        'tanınmıyor',
        'tanımsız',
        'hatalı',
        'yanlış',
        'kayıtlı değil',
      ],
      source: BACKLINK,
    },
    {
      kind: 'unavailable',
      forms: ['kullanılamıyor', 'müsait değil', 'kullanılamaz'],
      source: BACKLINK,
    },
    { kind: 'unreachable', forms: ['ulaşılamıyor', 'erişilemiyor', 'bağlanılamadı'], source: SH },
    { kind: 'noaccept', forms: ['(e-posta|posta|ileti) (kabul etmiyor|almıyor)'], source: SH },
    { kind: 'missing', forms: ['eksik*', 'yok'], source: SH },
    { kind: 'full', forms: ['dolu', 'doldu', 'doluysa', 'yetersiz*'], source: GODADDY },
    { kind: 'exceeded', forms: ['aşıldı', 'aşıyor', 'aştı', 'ulaştı'], source: IXIR },
    { kind: 'toolarge', forms: ['çok büyük', 'fazla büyük'], source: HATAVERDI },
    {
      kind: 'disabled',
      forms: [
        'askıya alın*',
        'devre dışı',
        'pasif',
        'kapatıl*',
        'silin*',
        'dondurul*',
        'kilitlen*',
      ],
      source: SH,
    },
    { kind: 'blocked', forms: ['engellen*', 'engelli', 'bloke'], source: SH },
    {
      kind: 'rejected',
      forms: ['reddedil*', 'reddetti', 'kabul edilmedi', 'geri çevril*'],
      source: BACKLINK,
    },
    {
      kind: 'notallowed',
      forms: ['izin verilmiyor', 'izin verilmedi', 'yasak*', 'yetkisiz', 'yetkiniz yok'],
      source: SH,
    },
    { kind: 'listed', forms: ['listelen*', 'listede'], source: SH },
    { kind: 'moved', forms: ['değişti*', 'değiştiril*', 'taşındı'], source: BACKLINK },
    {
      kind: 'detected',
      forms: [
        'tespit edil*',
        'algılan*',
        'bulundu',
        'işaretlen*',
        'değerlendiril*',
        'şüpheli',
        'içeriyor',
        'bildiril*',
      ],
      source: GODADDY,
    },
    { kind: 'infected', forms: ['virüslü', 'enfekte'], source: HATAVERDI },
    { kind: 'toomany', forms: ['çok fazla', 'aşırı'], source: SH },
    { kind: 'timeout', forms: ['zaman aşımı*', 'süre aşımı*'], source: HATAVERDI },
    { kind: 'expired', forms: ['süresi (doldu|geçti)', 'sona erdi'], source: SH },
    { kind: 'failed', forms: ['hata*', 'başarısız*', 'arıza*'], source: SH },
    { kind: 'required', forms: ['gerekli*', 'gerekiyor', 'zorunlu*'], source: SH },
    { kind: 'violation', forms: ['ihlal*'], source: SH },
    { kind: 'busy', forms: ['meşgul', 'yoğun'], source: SH },
    {
      kind: 'temporary',
      forms: ['geçici olarak (kullanılamıyor|hizmet dışı)', 'geçici (hata|sorun)*'],
      source: SH,
    },
  ],
  negators: ['hiçbir', 'hiç'],
  negatorsAfter: ['değil*'],
  boilerplate: [
    {
      forms: [
        'teslim edilemedi',
        'iletilemedi',
        'gönderilemedi',
        'ulaştırılamadı',
        'bu (ileti|mesaj|e-posta) otomatik olarak (oluşturuldu|gönderildi)',
      ],
      source: GODADDY,
    },
    { forms: ['uzak sunucu', 'yöneticiler için tanılama bilgileri'], source: SH },
    {
      forms: [
        'adresi (kontrol edin|kontrol ediniz)',
        '(tekrar|yeniden|daha sonra tekrar) deneyin*',
        'yöneticinize başvurun',
      ],
      source: HATAVERDI,
    },
    { forms: ['virüs tarama*', 'gizli*', 'amaçlanan alıcı değilseniz'], source: GODADDY },
  ],
};
