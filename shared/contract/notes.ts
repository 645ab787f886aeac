import { z } from 'zod';
import type { NoteTemplateKey, NoteVersionKind } from '../domain/session';
import { method } from './define';
import { language } from './fields';

export interface NoteTemplateSection {
  key: string;
  heading: string;
  hint: string;
  /** Where the section belongs: the shareable summary or the private notes. */
  target: 'summary' | 'private';
}

export interface NoteTemplate {
  key: NoteTemplateKey;
  name: string;
  description: string;
  sections: NoteTemplateSection[];
  /** The headings laid out as starting text for each field, in the requested language. */
  skeleton: { summary: string; privateNotes: string };
}

export interface SessionNotes {
  sessionId: number;
  templateKey: NoteTemplateKey;
  summary: string;
  /** PRIVATE: never in a report, an export or an audience view. */
  privateNotes: string;
  finalisedAt: string | null;
  /** 0 while a draft; 1 once finalised; +1 for every amendment. */
  version: number;
  updatedAt: string | null;
  /** Template headings with nothing under them, as written: finalising warns about them (a report leaves them out). */
  emptyHeadings: { summary: string[]; privateNotes: string[] };
}

export interface NoteVersion {
  version: number;
  kind: NoteVersionKind;
  summary: string;
  privateNotes: string;
  reason: string;
  createdAt: string;
}

export interface NoteHistory {
  sessionId: number;
  versions: NoteVersion[];
  amendments: NoteVersion[];
}

export const noteTemplateMethods = {
  'noteTemplates.list': method<NoteTemplate[]>()(
    z.object({ language: language.default('nl') }).strict(),
    'The note templates with their section headings in the requested language.',
  ),
};
