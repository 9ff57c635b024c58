import { describe, expect, it } from 'vitest';
import { labelKeyBlock, labelsSvg } from '../../src/export/renderLabels';
import type { LabelPlacement } from '../../src/layout/labels';
import { px } from '../../src/layout/units';

const numbered = (number: number, name: string, amount: string[]): LabelPlacement => ({
  key: `n${number}`,
  x: px(0),
  y: px(0),
  anchor: 'start',
  visible: false,
  name: [name],
  amount,
  tag: { number, x: px(0), y: px(0) },
});

describe("the export's key of numbered boxes", () => {
  it.each([
    ['en', '1. Lab customers: US$30B', '2. Oracle: gross US$25B · net US$5B'],
    ['zh-TW', '1. 實驗室客戶：300 億美元', '2. 甲骨文：總額 250 億美元 · 淨額 50 億美元'],
  ] as const)('joins each name and its amount as %s writes them', (lang, first, second) => {
    const [customers, oracle] =
      lang === 'en'
        ? [
            ['Lab customers', ['US$30B']],
            ['Oracle', ['gross US$25B', 'net US$5B']],
          ]
        : [
            ['實驗室客戶', ['300 億美元']],
            ['甲骨文', ['總額 250 億美元', '淨額 50 億美元']],
          ];
    const labels = [numbered(2, oracle[0] as string, oracle[1] as string[]), numbered(1, customers[0] as string, customers[1] as string[])];
    const { svg } = labelKeyBlock(labels, 'Numbered boxes', 2000, lang);
    const entries = [...svg.matchAll(/<g class="label-key-item"[^>]*>([\s\S]*?)<\/g>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
    expect(entries).toEqual([first, second]);
  });
});

describe("the export's labels", () => {
  it("draws a number's leader, and every leader under every name and number", () => {
    const named: LabelPlacement = {
      key: 'named',
      x: px(50),
      y: px(10),
      anchor: 'start',
      visible: true,
      name: ['Named'],
      amount: ['US$1B'],
      leader: { x1: px(40), y1: px(30), x2: px(50), y2: px(10) },
    };
    const number = { ...numbered(1, 'Numbered', ['US$2B']), leader: { x1: px(40), y1: px(60), x2: px(60), y2: px(90) } };
    const svg = labelsSvg([named, number]);
    const marks = [...svg.matchAll(/<(line|text|g)\b[^>]*>/g)].map((m) => m[1]);
    expect(marks).toEqual(['line', 'line', 'text', 'g', 'text']);
    expect(svg).toContain('<line x1="40" y1="60" x2="60" y2="90"');
  });
});
