import { describe, expect, it } from 'vitest';
import { chosenServices, serviceIds } from './services.ts';

describe('the sending services of the sender step', () => {
  it('reads a value of one id as before', () => {
    expect(chosenServices('sendgrid')).toMatchObject({ others: [] });
    expect(chosenServices('sendgrid').service?.name).toBe('SendGrid');
    expect(chosenServices(undefined)).toEqual({ others: [] });
    expect(serviceIds(undefined)).toEqual(['']);
  });

  it('the first is the message’s service; the others go into the SPF record, each once', () => {
    const chosen = chosenServices('sendgrid,google,sendgrid,,nonesuch,google');
    expect(chosen.service?.id).toBe('sendgrid');
    expect(chosen.others.map((s) => s.id)).toEqual(['google']);
  });

  it('keeps empty rows for the form; one’s own server or none is no service', () => {
    expect(serviceIds(',google,')).toEqual(['', 'google', '']);
    const own = chosenServices('own,sendgrid');
    expect(own.service).toBeUndefined();
    expect(own.others.map((s) => s.id)).toEqual(['sendgrid']);
    expect(chosenServices(',google').others.map((s) => s.id)).toEqual(['google']);
  });
});
