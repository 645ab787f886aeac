import type { TFunction } from 'i18next';
import type { CheckInQuestionnaire } from '../../../../shared/contract';

/** "Elke maand", "Elk kwartaal", "Elke 6 weken". */
export function checkInEveryText(t: TFunction, c: Pick<CheckInQuestionnaire, 'every' | 'weeks'>): string {
  return c.every === 'weeks' ? t('checkIns.every.weeks', { count: c.weeks ?? 1 }) : t(`checkIns.every.${c.every}`);
}
