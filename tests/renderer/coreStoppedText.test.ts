import { describe, expect, it } from 'vitest';
import { setupI18n } from '../../renderer/src/i18n';
import { apiErrorText } from '../../renderer/src/i18n/validation';

const stopped = { code: 'INTERNAL', reason: 'core_stopped', message: 'stopped' } as const;

describe('a core process that stopped', () => {
  it('is said in Dutch: the vault is locked, check the last change (not "nothing was changed")', async () => {
    const i18n = setupI18n('nl');
    await i18n.changeLanguage('nl');
    expect(apiErrorText(i18n.t, stopped)).toBe(
      'Het gegevensproces van Traject stopte onverwacht, daarom is de kluis nu vergrendeld. Ontgrendel hem en kijk of je laatste wijziging bewaard is.',
    );
  });

  it('and in English', async () => {
    const i18n = setupI18n('en');
    await i18n.changeLanguage('en');
    expect(apiErrorText(i18n.t, stopped)).toMatch(/^Traject’s data process stopped unexpectedly, so the vault is now locked\./);
  });
});
