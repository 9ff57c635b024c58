import { describe, expect, it } from 'vitest';
import { parenthesised } from '../../src/i18n/parenthesised';

describe('parenthesised', () => {
  it('puts a text in half-width brackets after a space in English, full-width without one in Chinese', () => {
    expect(`US$6.3B${parenthesised('14%', 'en')}`).toBe('US$6.3B (14%)');
    expect(`63 億美元${parenthesised('14%', 'zh-TW')}`).toBe('63 億美元（14%）');
  });
});
