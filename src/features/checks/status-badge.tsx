import type { ItemStatus } from '../../engine/index.ts';

/** Words for each status: never colour (or the icon) alone. */
export const STATUS_TEXT: Record<ItemStatus, string> = {
  pass: 'Pass',
  warn: 'Warning',
  fail: 'Fail',
  unknown: 'Could not check',
  pending: 'Checking…',
  todo: 'To do',
};

const common = {
  'aria-hidden': true,
  focusable: false,
  width: 18,
  height: 18,
  viewBox: '0 0 20 20',
  className: 'icon',
} as const;

function StatusIcon({ status }: { status: ItemStatus }) {
  const stroke = {
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 2.2,
    strokeLinecap: 'round' as const,
    strokeLinejoin: 'round' as const,
  };
  switch (status) {
    case 'pass':
      return (
        <svg {...common}>
          <path d="M4 10.5l4 4 8-9" {...stroke} />
        </svg>
      );
    case 'fail':
      return (
        <svg {...common}>
          <path d="M5 5l10 10M15 5L5 15" {...stroke} />
        </svg>
      );
    case 'warn':
      return (
        <svg {...common}>
          <path d="M10 2.5l8 14.5H2z" {...stroke} />
          <path d="M10 8v4M10 14.5v.3" {...stroke} />
        </svg>
      );
    case 'unknown':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="8" {...stroke} />
          <path d="M7.5 7.8a2.5 2.5 0 1 1 3.3 2.4c-.6.3-.8.8-.8 1.4M10 14.6v.2" {...stroke} />
        </svg>
      );
    case 'pending':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="8" {...stroke} strokeDasharray="4 3" />
        </svg>
      );
    case 'todo':
      return (
        <svg {...common}>
          <path d="M4 6h12M4 10h12M4 14h8" {...stroke} />
        </svg>
      );
  }
}

/** `held`: the checks wait for the person's go-ahead, so a pending one is not running. */
export function StatusBadge({ status, held = false }: { status: ItemStatus; held?: boolean }) {
  return (
    <span className={`status status--${status}`}>
      <StatusIcon status={status} />
      {held && status === 'pending' ? 'Not run yet' : STATUS_TEXT[status]}
    </span>
  );
}
