import { describe, expect, it } from 'vitest';
import { provenance, serviceProvenance } from './provenance.ts';

const prefill = { esp: { value: 'sendgrid', from: 'the x-sg-eid header' } };

describe('where a sender-step value came from', () => {
  it('names the bounce for a pre-filled value, the person for a changed one', () => {
    expect(provenance(prefill, undefined, 'esp')).toBe('From the x-sg-eid header.');
    expect(provenance(prefill, 'sendgrid', 'esp')).toBe('From the x-sg-eid header.');
    expect(provenance(prefill, 'mailgun', 'esp')).toBe('Typed by you.');
    expect(provenance(prefill, '', 'esp')).toBe('Left empty by you.');
    expect(provenance({}, undefined, 'sendingIp')).toBe(
      'Not in the bounce: fill it in if you know it.',
    );
  });

  it('reads the first service row as the field, whatever rows were added', () => {
    expect(serviceProvenance(prefill, 'sendgrid,google', 0)).toBe('From the x-sg-eid header.');
    expect(serviceProvenance(prefill, 'amazon-ses,google', 0)).toBe('Typed by you.');
    expect(serviceProvenance(prefill, ',google', 0)).toBe('Left empty by you.');
    expect(serviceProvenance({}, 'google', 0)).toBe('Typed by you.');
  });

  it('says every other row was added by the person', () => {
    expect(serviceProvenance(prefill, 'sendgrid,google', 1)).toBe('Added by you.');
    expect(serviceProvenance(prefill, 'sendgrid,', 1)).toBe('Added by you.');
  });
});
