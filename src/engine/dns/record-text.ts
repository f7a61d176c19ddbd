/** Records as people read them in zone files: MX as "10 mx.example", everything else as is. */
import type { Answer, RecordData, RecordType } from './types.ts';

export function recordText<T extends RecordType>(type: T, record: RecordData[T]): string {
  if (type === 'MX') {
    const mx = record as RecordData['MX'];
    return `${mx.preference} ${mx.exchange}`;
  }
  return String(record);
}

export function answerTexts<T extends RecordType>(
  type: T,
  answer: Answer<T>,
): string[] | undefined {
  return answer.kind === 'ok'
    ? answer.records.map((record) => recordText(type, record))
    : undefined;
}
