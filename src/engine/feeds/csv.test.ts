import { describe, expect, it } from 'vitest';
import {
  GENERIC_CSV,
  M365_TRACE_CSV,
  MAILCHIMP_CLEANED_CSV,
  NO_ADDRESS_CSV,
  SENDGRID_CSV,
  UNKNOWN_COLUMNS_CSV,
} from '../test-support/batch-fixtures.ts';
import { createCsvReader, type ColumnChoice, type CsvLayout } from './csv.ts';
import type { FeedRecipient } from './types.ts';

function read(text: string, options: { chunk?: number; choice?: ColumnChoice } = {}) {
  const rows: { item: FeedRecipient | null; row: number }[] = [];
  let layout: CsvLayout | undefined;
  const reader = createCsvReader({
    choice: options.choice,
    onLayout: (l) => (layout = l),
    onRow: (item, row) => rows.push({ item, row }),
  });
  const size = options.chunk ?? text.length;
  for (let at = 0; at < text.length; at += size) reader.push(text.slice(at, at + size));
  reader.end();
  return { rows, layout };
}

describe('CSV exports', () => {
  it('recognise SendGrid’s columns and read each row', () => {
    const { rows, layout } = read(SENDGRID_CSV);
    expect(layout).toMatchObject({ ok: true, profile: { id: 'sendgrid-csv' } });
    expect(rows.map((r) => r.item?.recipient.address)).toEqual([
      'ann.lee@gmail.com',
      'bo.chen@gmail.com',
      'dee@receiver.example',
      'eve@receiver.example',
    ]);
    expect(rows[2]!.item?.recipient).toMatchObject({ status: '4.2.2', replyCode: 452 });
  });

  it('read the same rows whatever the chunks (a quoted field cut anywhere)', () => {
    const whole = read(GENERIC_CSV).rows;
    for (const chunk of [1, 2, 7, 33]) expect(read(GENERIC_CSV, { chunk }).rows).toEqual(whole);
    expect(whole).toHaveLength(2);
    expect(whole[0]!.item?.recipient.diagnostic).toMatch(/does not exist\. Please check/);
  });

  it('take semicolons, a BOM and headers by their usual names', () => {
    const { layout, rows } = read(GENERIC_CSV);
    expect(layout).toMatchObject({ ok: true, profile: null, roles: { address: 0, reason: 1 } });
    expect(rows[1]!.item?.recipient.address).toBe('dee@receiver.example');
  });

  it('mark Mailchimp’s cleaned contacts as suppressed by the service', () => {
    const { rows } = read(MAILCHIMP_CLEANED_CSV);
    expect(rows.map((r) => r.item?.recipient.hint)).toEqual(['suppressed', 'suppressed']);
  });

  it('read a Microsoft 365 message trace: failed rows fail, delivered rows are deliveries', () => {
    const { rows } = read(M365_TRACE_CSV);
    expect(rows[0]!.item?.recipient).toMatchObject({
      address: 'ann.lee@gmail.com',
      status: '5.0.0',
    });
    expect(rows[0]!.item?.sender).toEqual({
      fromAddress: 'news@sender.example',
      sendingIp: '192.0.2.10',
    });
    expect(rows[1]!.item?.recipient.hint).toBe('delivered');
  });

  it('ask for the columns when it cannot place them, then use the choice', () => {
    const asked = read(UNKNOWN_COLUMNS_CSV);
    expect(asked.layout).toMatchObject({
      ok: false,
      problem: 'pick-columns',
      headers: ['contact', 'note', 'when'],
    });
    expect(asked.rows).toEqual([]);
    const chosen = read(UNKNOWN_COLUMNS_CSV, { choice: { address: 0, reason: 1 } });
    expect(chosen.rows.map((r) => r.item?.recipient.replyCode)).toEqual([550, 452]);
  });

  it('say when there is no column of addresses', () => {
    expect(read(NO_ADDRESS_CSV).layout).toMatchObject({ ok: false, problem: 'no-address' });
  });
});
