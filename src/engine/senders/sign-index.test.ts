import { describe, expect, it } from 'vitest';
import { SuffixTable, signIndex } from './sign-index.ts';
import type { SendingService } from './types.ts';

const service = (id: string, signals: SendingService['signals']) =>
  ({ id, name: id, signals }) as SendingService;

const SERVICES = [
  service('one', { receivedHosts: ['sendgrid.net', 'mail.sendgrid.net'] }),
  service('two', { receivedHosts: ['net'], formats: ['two-csv'] }),
  service('three', { dkimSelectors: [/^s1$/], formats: ['two-csv', 'three-json'] }),
];

function holders(table: SuffixTable, name: string): number[] {
  const found: number[] = [];
  table.holders(name, (position) => found.push(position));
  return found;
}

describe('SuffixTable', () => {
  const table = new SuffixTable(SERVICES, 'receivedHosts');

  it('finds the services listing the name or a name above it, at label boundaries only', () => {
    expect(holders(table, 'sendgrid.net')).toEqual([0, 1]);
    expect(holders(table, 'o1.em.sendgrid.net')).toEqual([0, 1]);
    expect(holders(table, 'notsendgrid.com')).toEqual([]);
    expect(holders(table, 'notsendgrid.net')).toEqual([1]);
  });

  it('names a service once even when it lists several suffixes of the name', () => {
    expect(holders(table, 'a.mail.sendgrid.net')).toEqual([0, 1]);
  });

  it('finds nothing for an empty name or one ending in a dot', () => {
    expect(holders(table, '')).toEqual([]);
    expect(holders(table, 'sendgrid.net.')).toEqual([]);
  });
});

describe('signIndex', () => {
  it('lists the services having each kind of signal, and the writers of each format', () => {
    const index = signIndex(SERVICES);
    expect(index.dkimSelectors.map((entry) => entry.position)).toEqual([2]);
    expect(index.ipRanges).toEqual([]);
    expect(index.formats.get('two-csv')).toEqual([1, 2]);
    expect(index.formats.get('three-json')).toEqual([2]);
  });
});
