import { useEffect, useRef } from 'react';
import { formatBytes } from './input-limits.ts';

interface LargeTextPanelProps {
  labelledBy: string;
  describedBy: string;
  size: number;
  /** Whether the text survives a reload (see wizard-storage). */
  kept: boolean;
  /** Where it is kept, when not in sessionStorage with the rest. */
  keptWhere?: string;
  /** Move focus here when the panel replaces a text box the user was typing in. */
  takeFocus: boolean;
  onShow(): void;
  onClear(): void;
}

/** Stands in for the text box when the bounce is too large to show without freezing the page. */
export function LargeTextPanel(props: LargeTextPanelProps) {
  const { labelledBy, describedBy, size, kept, keptWhere, takeFocus, onShow, onClear } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <div
      className="notice notice--info large-text"
      role="group"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      ref={ref}
      tabIndex={-1}
    >
      <p>
        Your bounce is {formatBytes(size)}: too large to show here without slowing this page down.
        It will still be read in full when you press Diagnose.
        {kept ? null : ' It is not kept if you reload the page.'}
        {keptWhere ? ` Too large for the page’s session storage, ${keptWhere}.` : null}
      </p>
      <div className="paste__actions">
        <button type="button" className="button" onClick={onShow}>
          Show it anyway
        </button>
        <button type="button" className="button" onClick={onClear}>
          Clear it
        </button>
      </div>
    </div>
  );
}
