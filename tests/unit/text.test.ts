import { describe, expect, it } from 'vitest';
import { firstSentence, paragraphs, truncate } from '../../src/lib/text';

describe('text helpers', () => {
  it('splits paragraphs at blank lines and joins wrapped lines', () => {
    expect(paragraphs('one\ntwo\n\n  three  \n')).toEqual(['one two', 'three']);
  });

  it('takes the first sentence, not a dot inside a word', () => {
    expect(firstSentence('Use v1.2 now. Then wait.')).toBe('Use v1.2 now.');
    expect(firstSentence('No full stop')).toBe('No full stop');
  });

  it('truncates at a word boundary and marks the cut', () => {
    expect(truncate('short', 10)).toBe('short');
    const cut = truncate('the quick brown fox jumps over the lazy dog', 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut).toBe('the quick brown fox…');
  });
});
