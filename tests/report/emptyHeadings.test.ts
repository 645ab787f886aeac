import { describe, expect, it } from 'vitest';
import { emptyHeadings, withoutEmptyHeadings } from '../../shared/domain/emptyHeadings';

const headings = ['Besproken', 'Inzichten', 'Vervolgstappen'];

describe('empty template headings in a summary', () => {
  it('are found and left out, with the blank lines they leave', () => {
    const summary = 'Besproken\n\nHet budget.\n\nInzichten\n\n\nVervolgstappen\n\n';
    expect(emptyHeadings(summary, headings)).toEqual(['Inzichten', 'Vervolgstappen']);
    expect(withoutEmptyHeadings(summary, headings)).toBe('Besproken\n\nHet budget.');
  });

  it('leave a heading with text under it, and text that only looks like a heading inside a sentence', () => {
    const summary = 'Inzichten\nBesproken is dat het beter gaat.\nVervolgstappen\n- samen plannen';
    expect(emptyHeadings(summary, headings)).toEqual([]);
    expect(withoutEmptyHeadings(summary, headings)).toBe(summary);
  });

  it('leave nothing of a summary that is only empty headings', () => {
    expect(withoutEmptyHeadings('Besproken\n\nInzichten\n\nVervolgstappen\n', headings)).toBe('');
  });
});
