import type { HandlersFor } from '../context';
import { noteTemplates } from './templates';

export const noteTemplateHandlers: HandlersFor<'noteTemplates'> = {
  'noteTemplates.list': (input, { vault }) => {
    vault.db(); // templates live in code, but like all practice data they are served only while the vault is open
    return noteTemplates(input.language);
  },
};
