/**
 * The sending services' signals, turned around once: from a domain to the services that list it
 * or a domain above it, and from each kind of sign to the few services that have one. A batch
 * asks about every message; walking a name's labels in a table costs the same however many
 * services there are, where asking each service in turn costs them all.
 */
import type { SendingService, ServiceSignals } from './types.ts';

type SuffixList =
  | 'envelopeDomains'
  | 'dkimDomains'
  | 'receivedHosts'
  | 'unsubscribeHosts'
  | 'messageIdDomains'
  | 'reportingHosts';

/** A list of suffixes, as a table from each suffix to the positions of the services listing it. */
export class SuffixTable {
  private readonly byName = new Map<string, number[]>();
  private readonly seen: Uint32Array;
  private round = 0;

  constructor(services: readonly SendingService[], list: SuffixList) {
    this.seen = new Uint32Array(services.length);
    for (const [position, service] of services.entries()) {
      for (const suffix of service.signals[list] ?? []) {
        const holders = this.byName.get(suffix);
        if (!holders) this.byName.set(suffix, [position]);
        else if (!holders.includes(position)) holders.push(position);
      }
    }
  }

  /**
   * Each service, once, that lists `name` or a name `name` is under (a label boundary away):
   * "em.sendgrid.net" is under "sendgrid.net", "notsendgrid.net" is not.
   */
  holders(name: string, visit: (position: number) => void): void {
    if (this.byName.size === 0 || name === '') return;
    const round = ++this.round;
    const take = (suffix: string) => {
      const holders = this.byName.get(suffix);
      if (!holders) return;
      for (const position of holders) {
        if (this.seen[position] === round) continue;
        this.seen[position] = round;
        visit(position);
      }
    };
    take(name);
    for (let dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
      if (dot + 1 < name.length) take(name.slice(dot + 1));
    }
  }
}

/** The positions of the services that have a signal of this kind, with it. */
function having<T>(
  services: readonly SendingService[],
  pick: (signals: ServiceSignals) => T | undefined,
): { position: number; value: T }[] {
  return services.flatMap((service, position) => {
    const value = pick(service.signals);
    return value === undefined ? [] : [{ position, value }];
  });
}

export interface SignIndex {
  envelope: SuffixTable;
  dkim: SuffixTable;
  received: SuffixTable;
  unsubscribe: SuffixTable;
  messageId: SuffixTable;
  reporting: SuffixTable;
  envelopePatterns: { position: number; value: readonly RegExp[] }[];
  dkimSelectors: { position: number; value: readonly RegExp[] }[];
  messageIdPatterns: { position: number; value: readonly RegExp[] }[];
  ipRanges: { position: number; value: readonly string[] }[];
  headers: { position: number; value: readonly HeaderSignal[] }[];
  /** The lower-case header names some service asks about, and the prefixes ("x-mc-*"). */
  headerNames: ReadonlySet<string>;
  headerPrefixes: readonly string[];
  bounceText: { position: number; value: readonly RegExp[] }[];
  /** Format name to the services that alone write it. */
  formats: Map<string, number[]>;
}

/**
 * A header a service sets, by its lower-case name, or by the start of the name when the
 * registry writes it "x-foo-*" (`prefix`).
 */
export interface HeaderSignal {
  name: string;
  prefix: boolean;
  value?: RegExp;
}

function headerSignal({ name, value }: NonNullable<ServiceSignals['headers']>[number]) {
  const lower = name.toLowerCase();
  const prefix = lower.endsWith('*');
  const signal: HeaderSignal = { name: prefix ? lower.slice(0, -1) : lower, prefix };
  if (value) signal.value = value;
  return signal;
}

export function signIndex(services: readonly SendingService[]): SignIndex {
  const formats = new Map<string, number[]>();
  for (const [position, service] of services.entries()) {
    for (const format of service.signals.formats ?? []) {
      const holders = formats.get(format);
      if (!holders) formats.set(format, [position]);
      else if (!holders.includes(position)) holders.push(position);
    }
  }
  const headers = having(services, (s) => s.headers?.map(headerSignal));
  const signals = headers.flatMap(({ value }) => value);
  return {
    envelope: new SuffixTable(services, 'envelopeDomains'),
    dkim: new SuffixTable(services, 'dkimDomains'),
    received: new SuffixTable(services, 'receivedHosts'),
    unsubscribe: new SuffixTable(services, 'unsubscribeHosts'),
    messageId: new SuffixTable(services, 'messageIdDomains'),
    reporting: new SuffixTable(services, 'reportingHosts'),
    envelopePatterns: having(services, (s) => s.envelopePatterns),
    dkimSelectors: having(services, (s) => s.dkimSelectors),
    messageIdPatterns: having(services, (s) => s.messageIdPatterns),
    ipRanges: having(services, (s) => s.ipRanges),
    headers,
    headerNames: new Set(signals.filter((s) => !s.prefix).map((s) => s.name)),
    headerPrefixes: [...new Set(signals.filter((s) => s.prefix).map((s) => s.name))],
    bounceText: having(services, (s) => s.bounceText),
    formats,
  };
}
