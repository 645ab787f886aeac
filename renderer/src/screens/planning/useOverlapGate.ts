import { useCallback, useState } from 'react';
import type { SessionOverlap } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';

export interface OverlapWarned {
  /** The time (and scope) the warning is about; another time asks again. */
  key: string;
  overlaps: SessionOverlap[];
}

/** Core's refusal of an overlapping time that was not allowed on purpose. */
export const isOverlapRefusal = (error: ApiError): boolean => error.code === 'CONFLICT' && error.reason === 'overlap';

/**
 * The overlap warning before saving: the first press asks core what overlaps and shows it; a
 * second press for the same time saves anyway. Core decides what overlaps, never this screen.
 */
export function useOverlapGate() {
  const [warned, setWarned] = useState<OverlapWarned | null>(null);

  const mayProceed = useCallback(
    async (key: string, ask: () => Promise<SessionOverlap[] | null>): Promise<'clear' | 'anyway' | 'warned'> => {
      if (warned?.key === key) return 'anyway';
      const overlaps = await ask();
      if (overlaps && overlaps.length > 0) {
        setWarned({ key, overlaps });
        return 'warned';
      }
      setWarned(null);
      return 'clear';
    },
    [warned],
  );

  /** Core refused a time this screen could not check itself (a later session of a series). */
  const refused = useCallback((key: string) => setWarned({ key, overlaps: [] }), []);

  return { warned, mayProceed, refused, shownFor: (key: string) => (warned?.key === key ? warned : null) };
}
