import { useId, useState, type FormEvent } from 'react';
import { DEFAULT_DOH_ENDPOINTS } from '../../engine/dns/doh-endpoints.ts';
import { WhatLeftPanel } from '../dns/what-left-panel.tsx';
import { usableResolverUrl, type ResolverChoice } from './settings.ts';
import { useSettingsStore } from './settings-context.tsx';
import { useSettings } from './use-settings.ts';
import '../sender/sender.css';
import '../checks/checks.css';

const labelOf = (id: string) => DEFAULT_DOH_ENDPOINTS.find((e) => e.id === id)?.label ?? id;

/** Which resolver the checks ask, or none; and whether MTA-STS files may be fetched. */
export function SettingsScreen() {
  const settings = useSettings();
  const settingsStore = useSettingsStore();
  const [choice, setChoice] = useState<ResolverChoice>(settings.resolver);
  const [url, setUrl] = useState(settings.customUrl);
  const [sts, setSts] = useState(settings.fetchMtaSts);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice === 'custom' && !usableResolverUrl(url)) {
      setError(
        'Enter an https:// address of a DNS-over-HTTPS resolver (http:// only for this computer).',
      );
      setSaved('');
      return;
    }
    setError('');
    settingsStore.set({ resolver: choice, customUrl: url.trim(), fetchMtaSts: sts });
    setSaved('Saved. The next checks use these settings.');
  };
  return (
    <>
      <form className="question" onSubmit={submit} noValidate>
        <fieldset>
          <legend className="question__text">DNS resolver for the checks</legend>
          <p className="hint">
            The checks ask DNS questions (names of domains and IPs, never your bounce) over
            DNS-over-HTTPS, straight from this browser.
          </p>
          {(['cloudflare', 'google', 'custom', 'off'] as const).map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="resolver"
                value={value}
                checked={choice === value}
                onChange={() => setChoice(value)}
              />
              {value === 'custom'
                ? 'Another DNS-over-HTTPS resolver'
                : value === 'off'
                  ? 'None: turn live lookups off (checks say how to look by hand)'
                  : labelOf(value)}
            </label>
          ))}
          <div className="field">
            <label htmlFor={`${id}-url`} className="field__label">
              Resolver address
            </label>
            <input
              id={`${id}-url`}
              type="url"
              value={url}
              placeholder="https://dns.example/dns-query"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(event) => {
                setUrl(event.target.value);
                if (event.target.value) setChoice('custom');
              }}
            />
            {error ? (
              <p id={`${id}-error`} className="field-error">
                {error}
              </p>
            ) : null}
          </div>
        </fieldset>
        <label className="choice">
          <input type="checkbox" checked={sts} onChange={(event) => setSts(event.target.checked)} />
          Read MTA-STS policy files (one HTTPS request to the recipient domain’s policy host)
        </label>
        <button type="submit" className="button button--primary">
          Save settings
        </button>
        <p role="status">{saved}</p>
      </form>
      <WhatLeftPanel />
    </>
  );
}
