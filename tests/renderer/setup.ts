import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { applyLanguage, setupI18n } from '../../renderer/src/i18n';

setupI18n('nl');

beforeEach(async () => {
  await applyLanguage('nl'); // every test starts in Dutch, the default
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
