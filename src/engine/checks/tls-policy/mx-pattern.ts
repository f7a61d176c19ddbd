/**
 * MTA-STS "mx" patterns (RFC 8461 s4.1): a host name matches a pattern when they are equal
 * (ignoring case), or when the pattern is "*.<domain>" and the host is exactly one label more:
 * "*.example.com" matches "mx1.example.com", but neither "example.com" nor "a.b.example.com".
 */
import { normaliseName } from '../../dns/names.ts';

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function isMxPattern(pattern: string): boolean {
  const name = normaliseName(pattern);
  const host = name.startsWith('*.') ? name.slice(2) : name;
  const labels = host.split('.');
  return host.length <= 253 && labels.length >= 2 && labels.every((label) => LABEL.test(label));
}

export function mxMatchesPattern(host: string, pattern: string): boolean {
  const name = normaliseName(host);
  const wanted = normaliseName(pattern);
  if (!wanted.startsWith('*.')) return name === wanted;
  const suffix = wanted.slice(1);
  if (!name.endsWith(suffix) || name.length === suffix.length) return false;
  return !name.slice(0, -suffix.length).includes('.');
}

export interface MxMatch {
  host: string;
  /** The first pattern it matches, if any. */
  pattern?: string;
}

export function matchMxHosts(hosts: readonly string[], patterns: readonly string[]): MxMatch[] {
  return hosts.map((host) => ({
    host: normaliseName(host),
    pattern: patterns.find((p) => mxMatchesPattern(host, p)),
  }));
}
