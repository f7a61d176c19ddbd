import type { ProviderMatch } from '../../engine/index.ts';
import { safeHttpUrl } from './safe-url.ts';

/** "Microsoft code AS(201806281): ..." with a link to where the provider documents it. */
export function ProviderFacts({ provider }: { provider: ProviderMatch }) {
  const source = safeHttpUrl(provider.source);
  return (
    <div className="facts__row">
      <dt>{provider.role === 'reporter' ? 'Reported by' : 'Provider'}</dt>
      <dd>
        <p>
          {provider.name}
          {provider.code ? (
            <>
              {' '}
              code <code>{provider.code}</code>
            </>
          ) : null}
          {provider.meaning ? `: ${provider.meaning}` : null}
        </p>
        {source ? (
          <p>
            <a href={source} target="_blank" rel="noopener noreferrer">
              What {provider.name} says about it
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
        ) : null}
      </dd>
    </div>
  );
}
