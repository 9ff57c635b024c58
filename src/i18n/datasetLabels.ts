import { isBuiltInKind } from '../model/kinds';
import type { Basis, FlowKind, Lang, Meta } from '../model/types';
import { pickText } from './strings';

// Words for the dataset's own vocabulary (bases and flow kinds), apart from strings.ts: the first
// chart names neither, so they load with the panels and exports that do, not with the first script.

/** What kind of number a figure is, as its label says it: only a figure a source reported is "Reported". */
export const BASIS_LABELS: Record<Lang, Record<Basis, string>> = {
  en: { reported: 'Reported', projection: 'Reported projection', estimate: 'Our estimate', assumption: 'Assumption' },
  'zh-TW': { reported: '報導數字', projection: '報導的預測', estimate: '本站估算', assumption: '假設' },
};

export const KIND_LABELS: Record<Lang, Record<FlowKind, string>> = {
  en: {
    'equity-investment': 'equity investment',
    debt: 'loans and bonds',
    'compute-spend': 'compute spend',
    'gpu-purchase': 'GPU purchase',
    reinvestment: 'reinvestment',
    'customer-revenue': 'customer revenue',
    leakage: 'leaves the loop',
  },
  'zh-TW': {
    'equity-investment': '股權投資',
    debt: '貸款與債券',
    'compute-spend': '運算支出',
    'gpu-purchase': '採購 GPU',
    reinvestment: '再投資',
    'customer-revenue': '客戶營收',
    leakage: '流出循環',
  },
};

/** A flow kind's label: the dataset's own when it declares one, else the built-in label, else the id. */
export function kindLabel(meta: Meta, kind: string, lang: Lang): string {
  const declared = meta.kinds?.find((k) => k.id === kind);
  if (declared) return pickText(declared.label, lang).text;
  return isBuiltInKind(kind) ? KIND_LABELS[lang][kind] : kind;
}
