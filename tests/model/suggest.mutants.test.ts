import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../src/model/suggest';

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['flaw', 'lawn', 2],
    ['ab', 'ba', 2],
    ['same', 'same', 0],
  ])('%s → %s takes %i edits', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('closestMatch', () => {
  it('suggests the closest id whatever the case, the first of equals', () => {
    expect(closestMatch('Nvidia', ['amd', 'nvidia'])).toBe('nvidia');
    expect(closestMatch('abc', ['abd', 'abc'])).toBe('abc');
    expect(closestMatch('aaa', ['aab', 'aac'])).toBe('aab');
  });

  it('allows two edits, or a third of the length for longer ids, and no more', () => {
    expect(closestMatch('ab', ['cd'])).toBe('cd');
    expect(closestMatch('ab', ['xyz'])).toBeUndefined();
    expect(closestMatch('abcdefghi', ['abcdefxyz'])).toBe('abcdefxyz');
    expect(closestMatch('abcdefghi', ['abcdexxyz'])).toBeUndefined();
    expect(closestMatch('xyz', [])).toBeUndefined();
  });
});
