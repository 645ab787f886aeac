import { z } from 'zod';
import { method } from './define';
import { email, empty, language, optionalText, phone } from './fields';

export const practiceFields = z
  .object({
    name: optionalText(120),
    practitionerName: optionalText(120),
    practitionerTitle: optionalText(80),
    registrations: z
      .object({
        big: optionalText(40),
        nobco: optionalText(40),
        emcc: optionalText(40),
        kvk: optionalText(40),
        agb: optionalText(40),
      })
      .strict()
      .optional(),
    email: email.optional(),
    phone: phone.optional(),
    website: optionalText(200),
    address: optionalText(300),
    reportFooter: optionalText(500),
    language: language.optional(),
    /** How Dutch texts for clients (reports, the data summary) address the reader: "je"/"jullie" or "u". */
    clientAddress: z.enum(['je', 'u']).optional(),
    autoLockMinutes: z.number().int().min(1).max(240).optional(),
  })
  .strict();

/** "je" (the default, B1) or "u": one of the two in a whole document, never both. */
export type ClientAddress = 'je' | 'u';

export interface Practice {
  name: string;
  practitionerName: string;
  practitionerTitle: string;
  registrations: { big: string; nobco: string; emcc: string; kvk: string; agb: string };
  email: string;
  phone: string;
  website: string;
  address: string;
  reportFooter: string;
  language: 'nl' | 'en';
  clientAddress: ClientAddress;
  autoLockMinutes: number;
}

export const practiceMethods = {
  'practice.get': method<Practice>()(empty, 'The practice profile and preferences.'),
  'practice.update': method<Practice>()(practiceFields, 'Change some fields of the practice profile.'),
};
