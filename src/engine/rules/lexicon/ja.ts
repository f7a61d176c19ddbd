/**
 * Japanese: carriers' and ISPs' help on error mails (NTT, docomo addresses, KDDI au, CATV and
 * regional ISPs), Gmail's localised texts. Denial follows the verb ("検出されませんでした"), so
 * it is listed as `negatorsAfter`.
 */
import type { Lexicon } from './types.ts';

const NTT = 'https://support.ntt.com/mail/faq/detail/pid2300000e64?themeDId=309&themeSubDId=271';
const CATV =
  'https://www.catv-yokohama.ne.jp/faq/internet/internet-email-usage/trouble-faq-internet-email-usage/11387';
const MEGAEGG = 'https://faq.megaegg.jp/faq_detail.html?id=296';
const PASOL =
  'https://www.pa-solution.net/as/scope3/chupicom/web/detail.aspx?id=921&a=102&isCrawler=1';
const GMAIL = 'https://support.google.com/a/answer/3726730?hl=ja';
const GMAIL_HELP = 'https://support.google.com/mail/answer/6596?hl=ja';
const GMAIL_BOUNCE = 'https://urashita.com/?p=36286';
const AU = 'https://au.com/mobile/service/attention/faq';
const MICROSOFT =
  'https://learn.microsoft.com/ja-jp/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';

export const JA: Lexicon = {
  language: 'ja',
  script: 'cjk',
  phrases: [
    {
      reason: 'userunknown',
      forms: [
        '(宛先|あて先)不明',
        '(メール)?アドレス(が|は)(存在しません|見つかりません)',
        '存在しない(メール)?アドレス',
        'ユーザー?(が|は)(存在しません|見つかりません)',
        'ユーザー?不明',
        'アカウント(が|は)存在しません',
        '送信先(の)?(メール)?アドレス(が|に)(間違|誤)',
      ],
      source: CATV,
      example: '宛先として指定されたメールアドレスが存在しません（宛先不明）',
    },
    {
      reason: 'hostunknown',
      forms: [
        'ドメイン(名)?(が|は)(存在しません|見つかりません)',
        '存在しないドメイン',
        'ホスト(が見つかりません|不明)',
      ],
      source: MEGAEGG,
      example: 'ドメインが見つかりません',
    },
    {
      reason: 'mailboxfull',
      forms: [
        'メールボックス(の容量)?(が|は)(いっぱい|一杯|満杯)',
        '容量(が)?(オーバー|超過)',
        '(空き)?容量(が|の)?不足',
        '受信トレイ(が|の空き容量)?(いっぱい|不足)',
        '受信箱(が)?いっぱい',
      ],
      source: GMAIL_BOUNCE,
      example: '宛先の受信トレイの空き容量不足',
    },
    {
      reason: 'suspend',
      forms: ['(アカウント|メールアドレス)(が|は)?(停止|凍結|無効)', '利用停止'],
      source: NTT,
      example: 'このアカウントは利用停止中です',
    },
    {
      reason: 'filtered',
      forms: ['受信拒否', '受け取りを拒否'],
      source: NTT,
      example: '相手の方が迷惑メール対策として受信拒否を設定しています',
    },
    {
      reason: 'spamdetected',
      forms: ['(迷惑メール|スパム)(と|として)(判定|判断|認識|検出)', '迷惑メールの疑い'],
      source: GMAIL_HELP,
      example: 'メールが迷惑メールと判定されました',
    },
    {
      reason: 'virusdetected',
      forms: ['(ウイルス|ウィルス)(が|を)?(検出|発見|含まれ)', '(ウイルス|ウィルス)に感染'],
      source: CATV,
      example: 'ウイルスが検出されたため配信を停止しました',
    },
    {
      reason: 'mesgtoobig',
      forms: [
        'メール(の)?(サイズ|容量)(が|は)(大きすぎ|大き過ぎ|上限を超え)',
        'サイズ(が|を)?(超過|オーバー)',
        'メッセージが大きすぎ',
      ],
      source: MEGAEGG,
      example: 'メールの容量が大きすぎるため受信できません',
    },
    {
      reason: 'speeding',
      forms: ['短時間に(大量|多数)', '送信(数|量)(の)?(上限|制限)', '非常に速いペース'],
      source: GMAIL,
      example: '宛先のユーザーが、非常に速いペースでメールを受信しようとしています。',
    },
    {
      reason: 'vacation',
      forms: [
        '自動返信',
        '自動応答',
        '不在(通知|にしております|のため|中)',
        '休暇中',
        '出張中',
        '外出中',
      ],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: '【自動返信】ただいま出張中のため、ご返信が遅れます。',
    },
    {
      reason: 'norelaying',
      forms: ['リレー(を)?(拒否|許可されていません)', '中継(を)?(拒否|禁止)'],
      source: PASOL,
      example: 'メールの中継を拒否しました',
    },
    {
      reason: 'policyviolation',
      forms: ['ポリシーに違反'],
      source: GMAIL,
      example: 'このメールは example.com のメールポリシーに違反しています。',
    },
  ],
  objects: [
    {
      kind: 'recipient',
      forms: ['宛先', 'あて先', '受信者', '受取人', '相手先', '相手', '送信先'],
      source: CATV,
    },
    { kind: 'sender', forms: ['送信者', '差出人', '送信元', '発信者'], source: NTT },
    { kind: 'sending', forms: ['送信'], source: GMAIL },
    {
      kind: 'mailbox',
      forms: ['メールボックス', '受信トレイ', '受信箱', '受信ボックス'],
      source: MEGAEGG,
    },
    { kind: 'user', forms: ['ユーザー', 'ユーザ', '利用者'], source: PASOL },
    {
      kind: 'address',
      forms: ['アドレス', 'メールアドレス', '電子メール ?アドレス'],
      source: CATV,
    },
    { kind: 'account', forms: ['アカウント'], source: GMAIL_HELP },
    { kind: 'domain', forms: ['ドメイン', 'ドメイン名'], source: PASOL },
    { kind: 'host', forms: ['ホスト'], source: MEGAEGG },
    { kind: 'server', forms: ['サーバー', 'サーバ'], source: CATV },
    { kind: 'service', forms: ['サービス'], source: AU },
    { kind: 'system', forms: ['システム'], source: GMAIL },
    { kind: 'network', forms: ['ネットワーク'], source: GMAIL },
    { kind: 'connection', forms: ['接続'], source: GMAIL },
    { kind: 'ip', forms: ['ip ?アドレス', 'ip'], source: GMAIL },
    { kind: 'blocklist', forms: ['ブラックリスト', 'ブロックリスト'], source: GMAIL },
    { kind: 'relay', forms: ['リレー', '中継'], source: PASOL },
    { kind: 'message', forms: ['メール', 'メッセージ', '電子メール'], source: CATV },
    { kind: 'attachment', forms: ['添付ファイル', '添付'], source: CATV },
    { kind: 'content', forms: ['内容', '本文'], source: GMAIL_HELP },
    { kind: 'size', forms: ['サイズ', '大きさ'], source: MEGAEGG },
    {
      kind: 'storage',
      forms: ['容量', '空き容量', '保存容量', 'クォータ', '使用量'],
      source: GMAIL_BOUNCE,
    },
    { kind: 'rate', forms: ['頻度', 'ペース', '速度'], source: GMAIL },
    { kind: 'limit', forms: ['上限', '制限'], source: GMAIL },
    { kind: 'spam', forms: ['迷惑メール', 'スパム'], source: GMAIL_HELP },
    { kind: 'virus', forms: ['ウイルス', 'ウィルス', 'マルウェア'], source: CATV },
    { kind: 'auth', forms: ['認証'], source: GMAIL },
    { kind: 'tls', forms: ['暗号化'], source: GMAIL },
    { kind: 'certificate', forms: ['証明書'], source: GMAIL },
    { kind: 'ptr', forms: ['逆引き'], source: GMAIL },
    { kind: 'dns', forms: ['mx ?レコード', 'dns ?レコード'], source: GMAIL },
    { kind: 'delivery', forms: ['配信', '配送'], source: GMAIL_BOUNCE },
    { kind: 'time', forms: ['時間', '期限'], source: GMAIL_BOUNCE },
    { kind: 'policy', forms: ['ポリシー'], source: GMAIL },
    { kind: 'filter', forms: ['フィルタ', 'フィルター'], source: NTT },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: [
        '存在しません',
        '存在しない',
        '見つかりません',
        '見つからない',
        '見つかりませんでした',
        '不明',
        '無効',
        '誤り',
        '間違',
        '正しくありません',
        '登録されていません',
      ],
      source: CATV,
    },
    { kind: 'unavailable', forms: ['利用できません', '使用できません'], source: AU },
    { kind: 'unreachable', forms: ['到達できません', '接続できません'], source: GMAIL_HELP },
    {
      kind: 'noaccept',
      forms: [
        '受信できません',
        '受け取れません',
        '受け付けていません',
        '受け付けません',
        '受信することができません',
      ],
      source: CATV,
    },
    { kind: 'missing', forms: ['ありません', 'なし', '無し'], source: GMAIL_BOUNCE },
    { kind: 'full', forms: ['いっぱい', '一杯', '満杯', '満タン', '不足', 'フル'], source: CATV },
    { kind: 'exceeded', forms: ['超過', '超え', '上回', 'オーバー', '上限に達'], source: MEGAEGG },
    { kind: 'toolarge', forms: ['大きすぎ', '大き過ぎ', '大きい'], source: MEGAEGG },
    {
      kind: 'disabled',
      forms: ['停止', '凍結', '無効化', '休止', 'ロック', '解約', '削除'],
      source: NTT,
    },
    { kind: 'blocked', forms: ['ブロック', '遮断'], source: GMAIL },
    { kind: 'rejected', forms: ['拒否', '拒絶'], source: NTT },
    {
      kind: 'notallowed',
      forms: [
        '許可されていません',
        '許可されていない',
        '禁止',
        '権限がありません',
        '認められていません',
      ],
      source: PASOL,
    },
    { kind: 'listed', forms: ['登録されています', '掲載'], source: GMAIL },
    { kind: 'moved', forms: ['変更され', '移転'], source: NTT },
    {
      kind: 'detected',
      forms: ['検出', '検知', '判定', '判断', '認識', '疑い', '含まれ', '発見', '報告'],
      source: GMAIL_HELP,
    },
    { kind: 'infected', forms: ['感染'], source: CATV },
    { kind: 'toomany', forms: ['多すぎ', '多過ぎ', '大量'], source: GMAIL },
    { kind: 'timeout', forms: ['タイムアウト'], source: GMAIL },
    { kind: 'expired', forms: ['期限切れ', '期限を過ぎ'], source: GMAIL_BOUNCE },
    { kind: 'failed', forms: ['エラー', '失敗', '障害', '不具合'], source: GMAIL },
    { kind: 'required', forms: ['必要', '必須'], source: GMAIL },
    { kind: 'violation', forms: ['違反'], source: GMAIL },
    { kind: 'busy', forms: ['混雑', 'ビジー', '混み合'], source: GMAIL },
    {
      kind: 'temporary',
      forms: ['一時的に利用できません', '一時的な(問題|エラー|障害)'],
      source: GMAIL,
    },
  ],
  negators: [],
  negatorsAfter: [
    'ではありません',
    'ではない',
    'されませんでした',
    'されていません',
    'されません',
    'されない',
    'していません',
    'しません',
    'ません',
    'ない',
    'なかった',
  ],
  boilerplate: [
    {
      forms: [
        '配信不能',
        '配送不能',
        '(配信|配送|送信)できませんでした',
        '配信に失敗しました',
        'お届けできませんでした',
        '届けることができませんでした',
        'このメールは(システムにより|システムから)?自動(的に)?(送信|生成|配信)',
        '自動送信',
        '返信しないでください',
      ],
      source: CATV,
    },
    {
      forms: [
        'リモート ?サーバー(から返されたエラー|から|が)',
        '管理者向けの診断情報',
        '生成元サーバー',
      ],
      source: MICROSOFT,
    },
    {
      forms: [
        '(メール)?アドレスを(ご)?確認',
        '(もう一度|再度)(お試し|送信)',
        '再送信してください',
        '管理者に(お問い合わせ|連絡|ご連絡)',
      ],
      source: PASOL,
    },
    {
      forms: [
        'ウイルスチェック済み',
        'ウイルススキャン(済み)?',
        '機密情報',
        'このメールは機密',
        '宛先(の方)?でない場合',
        '心当たりのない場合',
      ],
      source: CATV,
    },
  ],
};
