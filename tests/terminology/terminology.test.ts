import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../shared/errors';
import { en } from '../../renderer/src/i18n/en';
import { nl } from '../../renderer/src/i18n/nl';
import { reportStrings } from '../../electron/core/reports/strings';
import { publishedNames, ruledOut } from './ruledOut';
import { allTexts, leaves } from './texts';

const texts = allTexts();

describe('the terminology of every text on screen, in reports, templates, questionnaires and errors', () => {
  it('reads every source it promises to check', () => {
    const sources = new Set(texts.map((t) => `${t.source}:${t.language}`));
    for (const source of ['ui', 'report', 'template', 'questionnaire', 'vocabulary']) {
      expect(sources, source).toContain(`${source}:nl`);
      expect(sources, source).toContain(`${source}:en`);
    }
    expect(sources).toContain('error:en');
    expect(sources).toContain('demo:nl');
    expect(sources).toContain('formal:nl');
  });

  it('uses none of the words the glossary rules out, and names the better word', () => {
    const found: string[] = [];
    for (const text of texts) {
      // A placeholder's name is code, not a word the reader sees; a cited title is kept as published.
      let readable = text.text.replace(/{{\s*\w+\s*}}/g, '{{…}}');
      for (const name of publishedNames) readable = readable.replace(name, '');
      for (const rule of ruledOut) {
        if (rule.language !== text.language) continue;
        if (rule.only && !rule.only.includes(text.source)) continue;
        if (rule.except?.includes(text.source)) continue;
        if (rule.key && !rule.key.test(text.key)) continue;
        const match = rule.word.exec(readable);
        if (match) found.push(`${text.source} ${text.language} ${text.key}: “${match[0]}” → ${rule.better}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('keeps every sentence the report prints itself short, as B1 asks: twenty words at most', () => {
    const long = texts
      .filter((t) => t.source === 'report' || t.source === 'formal')
      .flatMap((t) => t.text.split(/(?<=[.?!:;])\s+/).map((sentence) => ({ ...t, sentence })))
      .filter(({ sentence }) => sentence.split(/\s+/).length > 20)
      .map(({ language, key, sentence }) => `${language} ${key}: ${sentence}`);
    expect(long).toEqual([]);
  });

  it('catches a ruled-out word with its key and the better word', () => {
    const rule = ruledOut.find((r) => r.word.test('Vervalt op 3 maart'))!;
    expect(rule.better).toContain('te bespreken op');
    expect(ruledOut.some((r) => r.language === 'en' && r.word.test('Trajectory'))).toBe(true);
    expect(ruledOut.some((r) => r.language === 'nl' && r.word.test('Sessie geannuleerd'))).toBe(true);
  });
});

describe('the Dutch and English texts side by side', () => {
  const dutch = leaves(nl);
  const english = leaves(en);
  const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort().join();

  it('have exactly the same keys on screen', () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it('have exactly the same keys in the report', () => {
    expect([...leaves(reportStrings('en')).keys()].sort()).toEqual([...leaves(reportStrings('nl')).keys()].sort());
  });

  it('have the same keys in the report whether it says "je" or "u"', () => {
    expect([...leaves(reportStrings('nl', 'u')).keys()].sort()).toEqual([...leaves(reportStrings('nl')).keys()].sort());
  });

  it('use the same placeholders in both languages', () => {
    const differing = [...dutch].filter(([path, text]) => placeholders(text) !== placeholders(english.get(path) ?? ''));
    expect(differing.map(([path]) => path)).toEqual([]);
  });

  it('leave no text empty, in either language', () => {
    expect(texts.filter((t) => t.text.trim() === '' && t.source !== 'template').map((t) => `${t.source} ${t.language} ${t.key}`)).toEqual([]);
  });

  it('say for every error what happened and what to do next, in two sentences at least', () => {
    const sentences = (text: string) => text.split(/(?<=[.?!])\s+/).filter((s) => s.trim() !== '').length;
    const short = [...dutch, ...english]
      .filter(([path]) => path.startsWith('errors.'))
      .filter(([, text]) => sentences(text) < 2)
      .map(([path, text]) => `${path}: ${text}`);
    expect(short).toEqual([]);
  });

  it('explain every error code core can return', () => {
    for (const code of errorCodes) {
      expect(dutch.get(`errors.${code}`), code).toBeTruthy();
      expect(english.get(`errors.${code}`), code).toBeTruthy();
    }
  });
});
