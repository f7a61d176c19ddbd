/**
 * Indonesian one-liners without a status code, as a user pastes them: each reads as a bounce
 * with its reason and permanence.
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
  ['Kotak surat penerima penuh', 'mailboxfull', false],
  ['Kuota penyimpanan telah terlampaui', 'mailboxfull', false],
  ['Alamat email tidak ditemukan: bob@example.co.id', 'userunknown', true],
  ['Pengguna tidak dikenal', 'userunknown', true],
  ['Domain tidak ditemukan', 'hostunknown', true],
  ['Pesan terlalu besar', 'mesgtoobig', true],
  ['Pesan Anda ditandai sebagai spam', 'spamdetected', true],
  ['Akun penerima telah dinonaktifkan', 'suspend', true],
  ['Balasan otomatis: saya sedang cuti sampai hari Senin', 'vacation', null],
];

describe('Indonesian one-liners', () => {
  it.each(CASES)('%s', (text, reason, permanent) => {
    expect(read(text)).toEqual({ isBounce: true, reason, permanent });
  });

  it('a greeting is no bounce', () => {
    expect(read('Halo, sampai jumpa besok!').isBounce).toBe(false);
  });
});
