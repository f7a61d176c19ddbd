import { describe, expect, it } from 'vitest';
import {
  choicesAt,
  chosenServices,
  serviceIds,
  withServiceAdded,
  withServiceAt,
  withoutServiceAt,
} from './services.ts';

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

describe('the sender step’s rows, as edits of the one value', () => {
  it('adds a row not yet chosen, after the ones there', () => {
    expect(serviceIds(withServiceAdded('sendgrid'))).toEqual(['sendgrid', '']);
    expect(withServiceAdded(undefined)).toBe(',');
    expect(withServiceAdded('sendgrid,google')).toBe('sendgrid,google,');
  });

  it('sets one row and leaves the others where they were', () => {
    expect(withServiceAt('sendgrid,', 1, 'google')).toBe('sendgrid,google');
    expect(withServiceAt('sendgrid,google', 0, 'amazon-ses')).toBe('amazon-ses,google');
    expect(withServiceAt('sendgrid,google', 1, '')).toBe('sendgrid,');
    expect(withServiceAt(undefined, 0, 'mailgun')).toBe('mailgun');
  });

  it('removes an added row, never the first: a single service reads as before', () => {
    expect(withoutServiceAt('sendgrid,google,mailgun', 1)).toBe('sendgrid,mailgun');
    expect(withoutServiceAt('sendgrid,google', 1)).toBe('sendgrid');
    expect(withoutServiceAt(',google', 1)).toBe('');
    expect(withoutServiceAt('sendgrid,google', 0)).toBe('sendgrid,google');
    expect(withoutServiceAt('sendgrid', 3)).toBe('sendgrid');
  });

  it('offers each row the choices no other row has taken, its own kept', () => {
    const options = [{ id: 'sendgrid' }, { id: 'google' }, { id: 'mailgun' }];
    const ids = (value: string, index: number) => choicesAt(value, index, options).map((o) => o.id);
    expect(ids('sendgrid,google,', 2)).toEqual(['mailgun']);
    expect(ids('sendgrid,google,', 1)).toEqual(['google', 'mailgun']);
    expect(ids('sendgrid,google,', 0)).toEqual(['sendgrid', 'mailgun']);
    // An empty row takes nothing.
    expect(ids(',,', 0)).toEqual(['sendgrid', 'google', 'mailgun']);
  });
});
