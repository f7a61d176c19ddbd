import type { Permanence } from './plain-words.ts';

// Icons always sit next to words that say the same thing, so they are hidden from assistive tech.
const common = {
  'aria-hidden': true,
  focusable: false,
  width: 20,
  height: 20,
  viewBox: '0 0 20 20',
  className: 'icon',
} as const;

export function PermanenceIcon({ permanence }: { permanence: Permanence }) {
  if (permanence === 'permanent') {
    // A "no entry" sign.
    return (
      <svg {...common}>
        <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M5.5 10h9" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
    );
  }
  if (permanence === 'temporary') {
    // A clock.
    return (
      <svg {...common}>
        <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
        <path
          d="M10 5v5l3.5 2"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
    );
  }
  // An "i" in a circle.
  return (
    <svg {...common}>
      <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M10 9v5M10 6v.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
