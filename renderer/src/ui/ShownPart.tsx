import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How many items of a long list a page shows until the practitioner asks for all of them. */
export const firstShown = 10;

/**
 * The first items of a long list and a button for the rest: a trajectory with 100 sessions opens
 * as quickly and as short as one with ten. The button stays where it is (it toggles back), so the
 * keyboard focus never falls off the page.
 */
export function useShownPart<T>(items: readonly T[], first = firstShown) {
  const [all, setAll] = useState(false);
  const hidden = Math.max(0, items.length - first);
  return { shown: all || hidden === 0 ? items : items.slice(0, first), hidden, all, toggle: () => setAll((value) => !value) };
}

interface ShowAllButtonProps {
  part: { hidden: number; all: boolean; toggle: () => void };
  /** "Alle 100 eerdere sessies tonen": the list's own words, with {{count}}. */
  showAll: string;
}

export function ShowAllButton({ part, showAll }: ShowAllButtonProps) {
  const { t } = useTranslation();
  if (part.hidden === 0) return null;
  return (
    <button type="button" className="link-button show-all" aria-expanded={part.all} onClick={part.toggle}>
      {part.all ? t('common.showFirst', { count: firstShown }) : showAll}
    </button>
  );
}
