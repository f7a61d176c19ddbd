/**
 * Indonesian: Gmail's and Microsoft's localised help on returned mail, the wording of their
 * Indonesian notices ("Pengiriman gagal", "kotak surat penerima penuh"). Indonesian does not
 * inflect for case: words are listed whole, with their prefixes ("ditolak", "diblokir").
 * "Tidak" before an assertion denies it ("tidak terdeteksi virus").
 */
import type { Lexicon } from './types.ts';

const GMAIL = 'https://support.google.com/mail/answer/6596?hl=id';
const GMAIL_CODES = 'https://support.google.com/a/answer/3726730?hl=id';
const MICROSOFT =
  'https://learn.microsoft.com/id-id/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';

export const ID: Lexicon = {
  language: 'id',
  script: 'latin',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        'kotak (surat|masuk)( penerima)? (sudah )?penuh',
        'kuota( penyimpanan)?( penerima)? (telah )?(terlampaui|penuh|habis)',
      ],
      source: GMAIL,
      example: 'Pesan tidak dapat dikirim karena kotak surat penerima penuh.',
    },
    {
      reason: 'userunknown',
      forms: [
        'alamat( email| e-mail)? tidak (ditemukan|ada)',
        '(pengguna|penerima|akun) tidak (dikenal|ditemukan|ada)',
      ],
      source: GMAIL,
      example: 'Alamat email tidak ditemukan.',
    },
    {
      reason: 'hostunknown',
      forms: ['domain tidak (ada|ditemukan|dikenal)'],
      source: GMAIL,
      example: 'Domain tidak ditemukan.',
    },
    {
      reason: 'vacation',
      forms: ['balasan otomatis', 'sedang cuti', 'di luar kantor'],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: 'Balasan otomatis: saya sedang cuti sampai hari Senin.',
    },
    {
      reason: 'spamdetected',
      forms: ['(ditandai|terdeteksi|diidentifikasi) sebagai spam'],
      source: GMAIL,
      example: 'Pesan Anda ditandai sebagai spam.',
    },
    {
      reason: 'mesgtoobig',
      forms: ['pesan( ini)? terlalu besar', 'ukuran pesan melebihi batas'],
      source: GMAIL,
      example: 'Pesan terlalu besar.',
    },
    {
      reason: 'suspend',
      forms: ['akun( penerima)? (telah )?(dinonaktifkan|ditangguhkan)'],
      source: GMAIL,
      example: 'Akun penerima telah dinonaktifkan.',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['penerima'], source: GMAIL },
    { kind: 'sender', forms: ['pengirim'], source: GMAIL },
    { kind: 'mailbox', forms: ['kotak surat', 'kotak masuk'], source: GMAIL },
    { kind: 'user', forms: ['pengguna'], source: GMAIL },
    { kind: 'address', forms: ['alamat'], source: GMAIL },
    { kind: 'account', forms: ['akun'], source: GMAIL },
    { kind: 'server', forms: ['server'], source: MICROSOFT },
    { kind: 'connection', forms: ['koneksi'], source: MICROSOFT },
    { kind: 'message', forms: ['pesan'], source: GMAIL },
    { kind: 'attachment', forms: ['lampiran'], source: GMAIL },
    { kind: 'size', forms: ['ukuran'], source: GMAIL },
    { kind: 'storage', forms: ['kuota', 'penyimpanan'], source: GMAIL },
    { kind: 'delivery', forms: ['pengiriman'], source: MICROSOFT },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: ['tidak ditemukan', 'tidak ada', 'tidak dikenal', 'tidak valid'],
      source: GMAIL,
    },
    { kind: 'unavailable', forms: ['tidak tersedia'], source: MICROSOFT },
    { kind: 'full', forms: ['penuh'], source: GMAIL },
    { kind: 'exceeded', forms: ['terlampaui', 'melebihi'], source: GMAIL },
    { kind: 'toolarge', forms: ['terlalu besar'], source: GMAIL },
    { kind: 'disabled', forms: ['dinonaktifkan', 'ditangguhkan'], source: GMAIL },
    { kind: 'blocked', forms: ['diblokir'], source: MICROSOFT },
    { kind: 'rejected', forms: ['ditolak'], source: MICROSOFT },
    { kind: 'notallowed', forms: ['tidak diizinkan'], source: MICROSOFT },
    { kind: 'detected', forms: ['terdeteksi', 'ditandai'], source: GMAIL },
    { kind: 'failed', forms: ['gagal'], source: MICROSOFT },
    { kind: 'expired', forms: ['kedaluwarsa'], source: MICROSOFT },
    { kind: 'temporary', forms: ['kesalahan sementara', 'masalah sementara'], source: GMAIL_CODES },
  ],
  negators: ['tidak', 'tanpa', 'bukan'],
  boilerplate: [
    {
      forms: [
        'pengiriman (gagal|ke penerima atau grup ini gagal)',
        'pesan ini dibuat secara otomatis',
        'informasi diagnostik untuk administrator',
      ],
      source: MICROSOFT,
    },
    { forms: ['periksa alamat', 'coba lagi nanti'], source: GMAIL },
  ],
};
