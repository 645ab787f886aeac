import type { ReactElement } from 'react';
import type { AgreementOutcome } from '../../../shared/domain/agreement';

/** One shape per outcome, on every screen; each has its own shape, so it reads without colour (and in a black-and-white print). */
const shapes: Record<AgreementOutcome, ReactElement> = {
  kept: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M7.5 12.5l3 3 6-6.5" />
    </>
  ),
  partly_kept: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 3a9 9 0 0 1 0 18z" fill="currentColor" />
    </>
  ),
  not_kept: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M8.5 8.5l7 7M15.5 8.5l-7 7" />
    </>
  ),
  renegotiated: (
    <>
      <path d="M4 9h13l-3.5-3.5" />
      <path d="M20 15H7l3.5 3.5" />
    </>
  ),
  dropped: (
    <>
      <circle cx="12" cy="12" r="9" strokeDasharray="3 2.5" />
      <path d="M8 12h8" />
    </>
  ),
};

export function OutcomeIcon({ outcome }: { outcome: AgreementOutcome }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {shapes[outcome]}
    </svg>
  );
}
