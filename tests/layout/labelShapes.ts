// Datasets for label tests beyond tests/model/shapes.ts: same-role payments with long bilingual names.
import type { Dataset, Entity, Role } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { amountFlow, dataset, shareFlow } from '../model/fixtures';

function named(id: string, role: Role, en: string, zh: string): Entity {
  return { id, role, label: { en, 'zh-TW': zh } };
}

/** A startup paying a startup and a cloud buying from a cloud, with names long enough to crowd a phone. */
export function sameRoleDataset(): Dataset {
  const result = validateDataset(
    dataset({
      entities: [
        named('fund', 'source', 'Sovereign wealth fund', '主權財富基金'),
        named('lab', 'startup', 'Frontier research lab', '前沿研究實驗室'),
        named('lab2', 'startup', 'Second model developer', '第二家模型開發商'),
        named('cloud', 'cloud', 'Hyperscale cloud provider', '超大規模雲端業者'),
        named('cloud2', 'cloud', 'Specialist GPU cloud', 'GPU 專業雲端'),
        { ...named('chip', 'chipmaker', 'Accelerator chipmaker', '加速器晶片商'), short: { en: 'Chips', 'zh-TW': '晶片' } },
        named('costs', 'sink', 'Salaries, power and everything else', '薪資、電力與其他一切支出'),
      ],
      flows: [
        amountFlow('fund', 'lab', 50),
        shareFlow('lab', 'lab2', 0.3),
        shareFlow('lab', 'cloud', 0.5),
        shareFlow('lab', 'costs', 'rest', 'leakage'),
        shareFlow('lab2', 'cloud', 0.8),
        shareFlow('lab2', 'costs', 'rest', 'leakage'),
        shareFlow('cloud', 'cloud2', 0.2),
        shareFlow('cloud', 'chip', 0.4),
        shareFlow('cloud', 'costs', 'rest', 'leakage'),
        shareFlow('cloud2', 'chip', 0.6),
        shareFlow('cloud2', 'costs', 'rest', 'leakage'),
        shareFlow('chip', 'lab', 0.2, 'reinvestment'),
        shareFlow('chip', 'costs', 'rest', 'leakage'),
      ],
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.dataset;
}
