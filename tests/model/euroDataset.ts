import type { Dataset } from '../../src/model/types';

/**
 * Another industry's loop, in € millions: a bank lends to a wind-farm developer, which buys turbines
 * from a maker whose finance arm also lends to the developer; the utility buys the power. Flow kinds
 * of its own (equipment purchase, vendor loan) stand in for the built-in ones.
 */
export function euroDataset(): Dataset {
  const basis = { basis: 'assumption' as const };
  return {
    meta: {
      title: { en: 'Wind power financing loop', 'zh-TW': '風電融資循環' },
      description: { en: 'How a turbine maker’s loans come back as its sales.', 'zh-TW': '風機製造商的貸款如何回流成自己的銷售。' },
      tagline: { en: 'Follow a vendor loan round the wind-farm loop.', 'zh-TW': '追蹤供應商貸款如何在風場循環中流轉。' },
      currency: 'EUR',
      unit: '€ millions',
      asOf: '2026-01-31',
      convention: { en: 'Amounts are € millions per year.', 'zh-TW': '金額以每年百萬歐元計。' },
      focus: 'turbines',
      kinds: [
        { id: 'equipment-purchase', label: { en: 'equipment purchase', 'zh-TW': '採購設備' }, like: 'gpu-purchase' },
        { id: 'vendor-loan', label: { en: 'vendor loan', 'zh-TW': '供應商貸款' }, like: 'debt' },
        { id: 'power-sale', label: { en: 'power sale', 'zh-TW': '售電' }, like: 'customer-revenue' },
      ],
      sources: [],
    },
    entities: [
      { id: 'bank', label: { en: 'Green Bank', 'zh-TW': '綠能銀行' }, role: 'source' },
      { id: 'finance', label: { en: 'Turbine Finance', 'zh-TW': '風機金融' }, role: 'source', owner: 'turbines' },
      { id: 'utility', label: { en: 'Utility', 'zh-TW': '電力公司' }, role: 'customer' },
      { id: 'developer', label: { en: 'Wind Developer', 'zh-TW': '風場開發商' }, role: 'startup' },
      { id: 'turbines', label: { en: 'Turbine Maker', 'zh-TW': '風機製造商' }, role: 'chipmaker' },
      { id: 'kept', label: { en: 'Kept by the developer', 'zh-TW': '開發商留存' }, role: 'sink' },
    ],
    flows: [
      { id: 'bank-developer', from: 'bank', to: 'developer', kind: 'debt', amount: { param: 'bank-loan' }, provenance: basis },
      {
        id: 'finance-developer',
        from: 'finance',
        to: 'developer',
        kind: 'vendor-loan',
        amount: { param: 'vendor-loan' },
        provenance: basis,
      },
      { id: 'utility-developer', from: 'utility', to: 'developer', kind: 'power-sale', amount: 30, provenance: basis },
      { id: 'developer-turbines', from: 'developer', to: 'turbines', kind: 'equipment-purchase', share: 0.8, provenance: basis },
      { id: 'developer-out', from: 'developer', to: 'kept', kind: 'leakage', share: 'rest', provenance: basis },
    ].map((flow) => flow as Dataset['flows'][number]),
    parameters: [
      {
        id: 'bank-loan',
        label: { en: 'Bank loan', 'zh-TW': '銀行貸款' },
        group: 'investment',
        unit: 'amount',
        min: 0,
        max: 200,
        step: 1,
        default: 50,
        provenance: basis,
      },
      {
        id: 'vendor-loan',
        label: { en: 'Vendor loan', 'zh-TW': '供應商貸款' },
        group: 'investment',
        unit: 'amount',
        min: 0,
        max: 100,
        step: 1,
        default: 20,
        provenance: basis,
      },
    ],
    scenarios: [],
  };
}
