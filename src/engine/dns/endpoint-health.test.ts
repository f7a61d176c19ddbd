import { describe, expect, it } from 'vitest';
import { createEndpointHealth, parseRetryAfter } from './endpoint-health.ts';

const endpoints = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
const ids = (list: { id: string }[]) => list.map((endpoint) => endpoint.id);

function setup() {
  let time = 1_000_000;
  const health = createEndpointHealth({ now: () => time, demoteMs: 30_000 });
  return { health, advance: (ms: number) => void (time += ms) };
}

describe('endpoint health', () => {
  it('keeps the configured order while all is well', () => {
    expect(ids(setup().health.order(endpoints).usable)).toEqual(['a', 'b', 'c']);
  });
  it('moves a failed endpoint to the back for a while', () => {
    const { health, advance } = setup();
    health.failed('a');
    expect(ids(health.order(endpoints).usable)).toEqual(['b', 'c', 'a']);
    advance(30_001);
    expect(ids(health.order(endpoints).usable)).toEqual(['a', 'b', 'c']);
  });
  it('skips a rate-limited endpoint until Retry-After has passed', () => {
    const { health, advance } = setup();
    health.rateLimited('b', 5_000);
    expect(ids(health.order(endpoints).usable)).toEqual(['a', 'c']);
    advance(5_001);
    expect(ids(health.order(endpoints).usable)).toEqual(['a', 'b', 'c']);
  });
  it('says how long to wait when every endpoint is rate-limited', () => {
    const { health } = setup();
    endpoints.forEach((endpoint, index) => health.rateLimited(endpoint.id, 1000 * (index + 2)));
    expect(health.order(endpoints)).toEqual({ usable: [], waitMs: 2000 });
  });
  it('forgets failures after a success', () => {
    const { health } = setup();
    health.failed('a');
    health.succeeded('a');
    expect(ids(health.order(endpoints).usable)).toEqual(['a', 'b', 'c']);
  });
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
