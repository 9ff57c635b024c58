import type { Dataset } from '../../src/model/types';

/**
 * A loop that keeps every dollar at its defaults: a fund invests in a lab, the lab spends all of it on
 * a cloud, the cloud all of it on a chipmaker, and the chipmaker (slider `reinvest`, 100% by default)
 * all of it back in the lab. The loop gain is 1, so the totals grow without limit. The "Half back"
 * scenario and the slider bring it back to a loop that settles (gain 0.5).
 */
export function divergentDataset(): Dataset {
  const basis = { basis: 'assumption' as const };
  return {
    meta: {
      title: { en: 'A loop that keeps every dollar', 'zh-TW': '每一塊錢都留在循環裡' },
      description: {
        en: 'Nothing leaks: the chipmaker puts all it earns back into the lab.',
        'zh-TW': '沒有任何流失：晶片商把賺到的錢全部投回實驗室。',
      },
      currency: 'USD',
      unit: 'US$ billions',
      asOf: '2026-01-31',
      convention: { en: 'Amounts are US$ billions per year.', 'zh-TW': '金額以每年十億美元計。' },
      focus: 'chip',
      sources: [],
    },
    entities: [
      { id: 'fund', label: { en: 'Venture Fund', 'zh-TW': '創投基金' }, role: 'source' },
      { id: 'lab', label: { en: 'Model Lab', 'zh-TW': '模型實驗室' }, role: 'startup' },
      { id: 'cloud', label: { en: 'Cloud Provider', 'zh-TW': '雲端業者' }, role: 'cloud' },
      { id: 'chip', label: { en: 'Chipmaker', 'zh-TW': '晶片商' }, role: 'chipmaker' },
      { id: 'kept', label: { en: 'Kept by the chipmaker', 'zh-TW': '晶片商留存' }, role: 'sink' },
    ],
    flows: [
      { id: 'fund-lab', from: 'fund', to: 'lab', kind: 'equity-investment', amount: { param: 'invest' }, provenance: basis },
      { id: 'lab-cloud', from: 'lab', to: 'cloud', kind: 'compute-spend', share: 1, provenance: basis },
      { id: 'cloud-chip', from: 'cloud', to: 'chip', kind: 'gpu-purchase', share: 1, provenance: basis },
      { id: 'chip-lab', from: 'chip', to: 'lab', kind: 'reinvestment', share: { param: 'reinvest' }, provenance: basis },
      { id: 'chip-kept', from: 'chip', to: 'kept', kind: 'leakage', share: 'rest', provenance: basis },
    ].map((flow) => flow as Dataset['flows'][number]),
    parameters: [
      {
        id: 'invest',
        label: { en: 'Fund investment', 'zh-TW': '基金投資' },
        group: 'investment',
        unit: 'amount',
        min: 0,
        max: 100,
        step: 1,
        default: 40,
        provenance: basis,
      },
      {
        id: 'reinvest',
        label: { en: 'Chipmaker reinvests', 'zh-TW': '晶片商再投資' },
        group: 'behaviour',
        unit: 'share',
        min: 0,
        max: 1,
        step: 0.05,
        default: 1,
        provenance: basis,
      },
    ],
    scenarios: [
      { id: 'all-back', label: { en: 'All back', 'zh-TW': '全數回流' }, values: { reinvest: 1 } },
      { id: 'half-back', label: { en: 'Half back', 'zh-TW': '一半回流' }, values: { reinvest: 0.5 } },
    ],
  };
}
