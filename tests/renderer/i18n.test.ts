import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../shared/errors';
import { en } from '../../renderer/src/i18n/en';
import { nl } from '../../renderer/src/i18n/nl';

type Tree = { [key: string]: string | Tree };

/** Every leaf as a dotted path with its text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [p, v] of leaves(value, path)) found.set(p, v);
  }
  return found;
}

const dutch = leaves(nl);
const english = leaves(en);

describe('the Dutch and English texts', () => {
  it('have exactly the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it('leave no text empty', () => {
    const empty = [...dutch, ...english].filter(([, text]) => text.trim() === '').map(([path]) => path);
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    const differing = [...dutch].filter(
      ([path, text]) => placeholders(text).join() !== placeholders(english.get(path) ?? '').join(),
    );
    expect(differing.map(([path]) => path)).toEqual([]);
  });

  it('explain every error code core can return', () => {
    for (const code of errorCodes) {
      expect(dutch.get(`errors.${code}`), code).toBeTruthy();
      expect(english.get(`errors.${code}`), code).toBeTruthy();
    }
  });

  it('write client with a diaeresis in Dutch, as the glossary says', () => {
    const clientWithout = [...dutch].filter(([, text]) => /\bclient(en)?\b/i.test(text)).map(([path]) => path);
    expect(clientWithout).toEqual([]);
  });
});
