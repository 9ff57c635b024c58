import type { Dataset, Entity, Flow, Role } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { amountFlow, dataset, parameter, shareFlow } from './fixtures';

// Small datasets of shapes the default dataset lacks, for snapshot and layout tests. Labels are
// bilingual so both languages' text (and its widths) show in snapshots.

/** The dataset as the app would load it; a shape that stopped being valid fails loudly. */
function valid(input: Dataset): Dataset {
  const result = validateDataset(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.dataset;
}

function named(id: string, role: Role, en: string, zh: string): Entity {
  return { id, role, label: { en, 'zh-TW': zh } };
}

/** investor → startup → cloud → chipmaker → kept: no loop at all. */
export function chainDataset(): Dataset {
  return valid(
    dataset({
      entities: [
        named('investor', 'source', 'Investor', '投資人'),
        named('startup', 'startup', 'Startup', '新創'),
        named('cloud', 'cloud', 'Cloud', '雲端'),
        named('chip', 'chipmaker', 'Chipmaker', '晶片商'),
        named('startup-costs', 'sink', 'Startup costs', '新創成本'),
        named('chip-kept', 'sink', 'Kept', '保留'),
      ],
      flows: [
        amountFlow('investor', 'startup', { param: 'invest' }),
        shareFlow('startup', 'cloud', 0.7),
        shareFlow('startup', 'startup-costs', 'rest', 'leakage'),
        shareFlow('cloud', 'chip', 1, 'gpu-purchase'),
        shareFlow('chip', 'chip-kept', 1, 'leakage'),
      ],
      parameters: [parameter('invest', 0, 200, 100, 'amount')],
    }),
  );
}

/**
 * Two loops that share the step b → c: a → b → c → a and b → c → d → b (entities without roles,
 * so columns follow the longest path and the depth-first search picks the back links).
 */
export function interlockingDataset(): Dataset {
  const other = (id: string, en: string, zh: string) => named(id, 'other', en, zh);
  const flows: Flow[] = [
    amountFlow('fund', 'a', 80),
    amountFlow('bank', 'b', 40),
    shareFlow('a', 'b', 0.9),
    shareFlow('a', 'out', 'rest', 'leakage'),
    shareFlow('b', 'c', 0.8),
    shareFlow('b', 'out', 'rest', 'leakage'),
    shareFlow('c', 'd', 0.6),
    shareFlow('c', 'a', 0.3, 'reinvestment'),
    shareFlow('c', 'out', 'rest', 'leakage'),
    shareFlow('d', 'b', 0.4, 'reinvestment'),
    shareFlow('d', 'out', 'rest', 'leakage'),
  ];
  return valid(
    dataset({
      entities: [
        other('fund', 'Fund', '基金'),
        other('bank', 'Bank', '銀行'),
        other('a', 'Alpha', '甲'),
        other('b', 'Beta', '乙'),
        other('c', 'Gamma', '丙'),
        other('d', 'Delta', '丁'),
        other('out', 'Spent', '支出'),
      ],
      flows,
    }),
  );
}

/**
 * A chain a → b → c → d → e with back links of every span out of e and d, so their lanes nest:
 * e → d (one column), e → c, d → a and e → b (three), e → a (four).
 */
export function nestedLoopsDataset(): Dataset {
  const other = (id: string, en: string, zh: string) => named(id, 'other', en, zh);
  return valid(
    dataset({
      entities: [
        other('src', 'Source', '來源'),
        other('a', 'Alpha', '甲'),
        other('b', 'Beta', '乙'),
        other('c', 'Gamma', '丙'),
        other('d', 'Delta', '丁'),
        other('e', 'Epsilon', '戊'),
        other('out', 'Spent', '支出'),
      ],
      flows: [
        amountFlow('src', 'a', { param: 'seed' }),
        shareFlow('a', 'b', 0.9),
        shareFlow('a', 'out', 'rest', 'leakage'),
        shareFlow('b', 'c', 0.9),
        shareFlow('b', 'out', 'rest', 'leakage'),
        shareFlow('c', 'd', 0.9),
        shareFlow('c', 'out', 'rest', 'leakage'),
        shareFlow('d', 'e', 0.6),
        shareFlow('d', 'a', 0.1, 'reinvestment'),
        shareFlow('d', 'out', 'rest', 'leakage'),
        shareFlow('e', 'd', 0.1, 'reinvestment'),
        shareFlow('e', 'c', { param: 'back' }, 'reinvestment'),
        shareFlow('e', 'b', 0.15, 'reinvestment'),
        shareFlow('e', 'a', 0.25, 'reinvestment'),
        shareFlow('e', 'out', 'rest', 'leakage'),
      ],
      parameters: [parameter('seed', 0, 200, 100, 'amount'), parameter('back', 0, 0.3, 0.2)],
    }),
  );
}

/** Every small shape by name, for tests that run over all of them. */
export const SHAPES = { chain: chainDataset, interlocking: interlockingDataset, nested: nestedLoopsDataset } as const;
