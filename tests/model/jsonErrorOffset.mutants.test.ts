// Where the strict JSON scan stops: the first character that cannot continue valid JSON.
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/model/jsonErrorOffset';

describe('jsonErrorOffset', () => {
  it.each([
    '{}',
    '[]',
    '[ ]',
    '{ }',
    '9',
    '1E5',
    '-0.5e-3',
    ' {"a" : [1, 2.5, -3e+2, true, false, null, "x\\u00e9\\n\\"\\\\\\/\\b\\f\\r\\t"], "b": {"c": []}}\t\r\n',
  ])('finds no error in %j (returns its length)', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(jsonErrorOffset(text)).toBe(text.length);
  });

  it.each([
    ['', 0],
    ['  ', 2],
    ['{', 1],
    ['{"a"', 4],
    ['{"a":}', 5],
    ['{"a":1 "b":2}', 7],
    ['{a:1}', 1],
    ['{"a":1,}', 7],
    ['{"a":1}x', 7],
    ['[1,]', 3],
    ['[1 2]', 3],
    ['[', 1],
    ['[-]', 1],
    ['"abc', 4],
    ['"a\u0001"', 2],
    ['"\\x"', 2],
    ['"\\u12G4"', 2],
    ['"\\', 2],
    ['"\\"', 3],
    ['tru', 0],
    ['nul', 0],
    ['fals', 0],
    ['01', 1],
    ['-', 0],
    ['1.', 1],
    ['1e', 1],
    ['+1', 0],
    ['.5', 0],
  ])('places the error in %j at %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
