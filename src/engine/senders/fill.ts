/** Templates of the service data with this bounce's facts filled in. */
import type { DnsRecordSuggestion } from '../checks/types.ts';
import type { RecordTemplate, SendingService } from './types.ts';

export interface Fill {
  address?: string;
  domain?: string;
}

export function fillTemplate(text: string, service: SendingService, fill: Fill): string {
  return text
    .replaceAll('{address}', fill.address || 'the address')
    .replaceAll('{service}', service.name)
    .replaceAll('{domain}', fill.domain || '<your domain>');
}

export function filledRecords(
  records: readonly RecordTemplate[],
  service: SendingService,
  fill: Fill,
): DnsRecordSuggestion[] {
  return records.map((record) => ({
    type: record.type,
    name: fillTemplate(record.name, service, fill),
    value: fillTemplate(record.value, service, fill),
  }));
}
