import { PermanenceIcon } from './icons.tsx';
import { PERMANENCE_TEXT, permanenceOf } from './plain-words.ts';

export function PermanenceBadge({ permanent }: { permanent: boolean | null }) {
  const permanence = permanenceOf(permanent);
  const { label, detail } = PERMANENCE_TEXT[permanence];
  return (
    <div className={`permanence permanence--${permanence}`}>
      <p className="permanence__label">
        <PermanenceIcon permanence={permanence} />
        <strong>{label}</strong>
      </p>
      <p className="permanence__detail">{detail}</p>
    </div>
  );
}
