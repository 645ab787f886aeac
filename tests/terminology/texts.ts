import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../renderer/src/i18n/en';
import { nl } from '../../renderer/src/i18n/nl';
import { formText } from '../../electron/core/forms/formText';
import { summaryWords } from '../../electron/core/privacy/summaryWords';
import { reportStrings } from '../../electron/core/reports/strings';
import { noteTemplates } from '../../electron/core/notes/templates';
import { builtinQuestionnaires } from '../../shared/questionnaires/builtin';
import { domainLabels } from '../../shared/vocabulary/labels';

export type Language = 'nl' | 'en';
/**
 * Where a text is read: on screen, in a document for the client (the report, the data summary, a
 * form file), in a note template, in a questionnaire, …; 'formal' is a client document's Dutch
 * when the practice chose "u".
 */
export type Source = 'ui' | 'report' | 'template' | 'questionnaire' | 'vocabulary' | 'error' | 'demo' | 'formal';

export interface Text {
  source: Source;
  language: Language;
  /** Dotted path, or file and line for texts taken from source code. */
  key: string;
  text: string;
}

type Tree = { [key: string]: unknown };

/** Every string leaf of a tree as a dotted path; a function is called with sample values, so its sentence is checked too. */
export function leaves(tree: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') found.set(path, value);
    else if (typeof value === 'function') found.set(path, String((value as (...a: unknown[]) => unknown)(...sampleArguments(value.length))));
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}.${i}`));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value as Tree)) visit(v, path ? `${path}.${key}` : key);
    }
  };
  visit(tree, prefix);
  return found;
}

/** A rate, then counts: what report sentences are built from ("75% …", "8 …"). */
function sampleArguments(count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? '75%' : 8));
}

function fromTree(source: Source, language: Language, tree: unknown): Text[] {
  return [...leaves(tree)].map(([key, text]) => ({ source, language, key, text }));
}

/** Every `{ nl, en }` pair in a questionnaire definition, by path. */
function bilingualPairs(value: unknown, path: string, out: Text[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => bilingualPairs(v, `${path}.${i}`, out));
  else if (value && typeof value === 'object') {
    const record = value as Tree;
    if (typeof record.nl === 'string' && typeof record.en === 'string') {
      out.push({ source: 'questionnaire', language: 'nl', key: path, text: record.nl });
      out.push({ source: 'questionnaire', language: 'en', key: path, text: record.en });
      return;
    }
    for (const [key, v] of Object.entries(record)) bilingualPairs(v, `${path}.${key}`, out);
  }
}

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The English message of every error core throws: the CLI prints it and logs keep it. */
function errorMessages(): Text[] {
  const found: Text[] = [];
  for (const file of [...sourceFiles('electron'), ...sourceFiles('shared')]) {
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.matchAll(/new AppError\(\s*'[A-Z_]+',\s*(['`])((?:(?!\1).)*)\1/g)) {
          found.push({ source: 'error', language: 'en', key: `${file}:${i + 1}`, text: m[2]! });
        }
      });
  }
  return found;
}

/** The demo practice's Dutch sentences (summaries, notes, agreements): every string literal with a space in it. */
function demoTexts(): Text[] {
  const found: Text[] = [];
  for (const file of sourceFiles('electron/core/demo')) {
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
        for (const m of line.matchAll(/'((?:[^'\\]|\\.)* (?:[^'\\]|\\.)*)'/g)) {
          if (/^(SELECT|INSERT|UPDATE|DELETE) /.test(m[1]!)) continue;
          found.push({ source: 'demo', language: 'nl', key: `${file}:${i + 1}`, text: m[1]! });
        }
      });
  }
  return found;
}

/** The data summary's words; its date formatters are code, not words. */
function summaryTree(language: Language, address: 'je' | 'u') {
  const { date: _date, dateTime: _dateTime, ...words } = summaryWords(language, address);
  return {
    ...words,
    trajectoryKind: ['individual', 'couple', 'team'].map(words.trajectoryKind),
    sessionStatus: ['planned', 'held', 'cancelled', 'no_show'].map(words.sessionStatus),
    outcome: ['kept', 'partly_kept', 'not_kept', 'renegotiated', 'dropped'].map(words.outcome),
    event: ['client_opened', 'trajectory_opened', 'session_opened', 'report_exported', 'client_exported'].map(words.event),
    ratings: [words.ratings(1), words.ratings(8)],
  };
}

/** A form file's words, with a practice's name and without one. */
function formTree(language: Language, address: 'je' | 'u') {
  const t = formText(language, address);
  return Object.fromEntries(
    [t.thePractice, 'Praktijk De Linde'].map((practice, i) => [
      i === 0 ? 'withoutName' : 'withName',
      {
        ...t,
        intro: t.intro({ name: 'Sanne', practice }),
        private: t.private(practice),
        steps: t.steps(practice),
        saved: t.saved('antwoorden-sanne.json', practice),
        expired: t.expired(practice),
        until: t.until('4 december 2026'),
      },
    ]),
  );
}

/** Every text a practitioner or a client can read, in both languages. */
export function allTexts(): Text[] {
  const questionnaires: Text[] = [];
  for (const q of builtinQuestionnaires) bilingualPairs(q, q.key, questionnaires);
  return [
    // A screen's text for a practice that chose "u" (client mode) carries `_u` in its key: a formal text.
    ...fromTree('ui', 'nl', nl).map((t) => (/_u$/.test(t.key) ? { ...t, source: 'formal' as const } : t)),
    ...fromTree('ui', 'en', en),
    ...fromTree('report', 'nl', reportStrings('nl')),
    ...fromTree('report', 'en', reportStrings('en')),
    ...fromTree('formal', 'nl', reportStrings('nl', 'u')),
    ...fromTree('report', 'nl', { summary: summaryTree('nl', 'je'), form: formTree('nl', 'je') }),
    ...fromTree('report', 'en', { summary: summaryTree('en', 'je'), form: formTree('en', 'je') }),
    ...fromTree('formal', 'nl', { summary: summaryTree('nl', 'u'), form: formTree('nl', 'u') }),
    ...fromTree('template', 'nl', Object.fromEntries(noteTemplates('nl').map((t) => [t.key, t]))),
    ...fromTree('template', 'en', Object.fromEntries(noteTemplates('en').map((t) => [t.key, t]))),
    ...fromTree('vocabulary', 'nl', domainLabels.nl),
    ...fromTree('vocabulary', 'en', domainLabels.en),
    ...questionnaires,
    ...errorMessages(),
    ...demoTexts(),
  ];
}
