// What each table of the editor shows: a column per field, how the field reads as text, its choices
// when it has a fixed set, and the dataset paths whose problems belong on its cell.
import { BASIS_LABELS, KIND_LABELS } from '../../i18n/datasetLabels';
import { flowValueText, valuesText, type EditList } from '../../model/editDataset';
import { BASES, FLOW_KINDS, PARAMETER_GROUPS, ROLES, type Dataset, type Lang } from '../../model/types';
import { editorText, type EditorKey } from './editorText';

export interface Column {
  field: string;
  header: EditorKey;
  text(row: Record<string, unknown>): string;
  options?(draft: Dataset, lang: Lang): { value: string; label: string }[];
  /** Fields (relative to the row) whose problems show on this cell: the field itself if absent. */
  paths?: string[];
}

const plain = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const at = (field: string) => (row: Record<string, unknown>) => {
  const [head, tail] = field.split('.') as [string, string | undefined];
  const value = row[head];
  return plain(tail === undefined ? value : (value as Record<string, unknown> | undefined)?.[tail]);
};
const text = (field: string, header: EditorKey): Column => ({ field, header, text: at(field) });
const choice = (field: string, header: EditorKey, options: NonNullable<Column['options']>): Column => ({
  field,
  header,
  text: at(field),
  options,
});

const entityOptions = (draft: Dataset) => draft.entities.map((e) => ({ value: e.id, label: e.id }));
const basis = choice('provenance.basis', 'col.basis', (_, lang) => BASES.map((b) => ({ value: b, label: BASIS_LABELS[lang][b] })));
const labels = [text('label.en', 'col.labelEn'), text('label.zh-TW', 'col.labelZh')];

export const COLUMNS: Record<EditList, Column[]> = {
  entities: [
    text('id', 'col.id'),
    ...labels,
    choice('role', 'col.role', (_, lang) => ROLES.map((r) => ({ value: r, label: editorText(lang, `role.${r}`) }))),
    choice('owner', 'col.owner', (draft, lang) => [{ value: '', label: editorText(lang, 'editor.none') }, ...entityOptions(draft)]),
  ],
  flows: [
    text('id', 'col.id'),
    choice('from', 'col.from', entityOptions),
    choice('to', 'col.to', entityOptions),
    choice('kind', 'col.kind', (_, lang) => FLOW_KINDS.map((k) => ({ value: k, label: KIND_LABELS[lang][k] }))),
    {
      field: 'mode',
      header: 'col.mode',
      text: (row) => ('amount' in row ? 'amount' : 'share'),
      options: (_, lang) => [
        { value: 'amount', label: editorText(lang, 'mode.amount') },
        { value: 'share', label: editorText(lang, 'mode.share') },
      ],
      paths: [],
    },
    {
      field: 'value',
      header: 'col.value',
      text: (row) => flowValueText(row as never),
      paths: ['amount', 'share', ''],
    },
    basis,
  ],
  parameters: [
    text('id', 'col.id'),
    ...labels,
    choice('group', 'col.group', (_, lang) => PARAMETER_GROUPS.map((g) => ({ value: g, label: editorText(lang, `group.${g}`) }))),
    choice('unit', 'col.unit', (_, lang) =>
      (['amount', 'share'] as const).map((u) => ({ value: u, label: editorText(lang, `unit.${u}`) })),
    ),
    text('min', 'col.min'),
    text('max', 'col.max'),
    text('step', 'col.step'),
    text('default', 'col.default'),
    basis,
  ],
  scenarios: [
    text('id', 'col.id'),
    ...labels,
    text('date', 'col.date'),
    { field: 'values', header: 'col.values', text: (row) => valuesText((row.values ?? {}) as Record<string, number>) },
  ],
};

export const META_COLUMNS: Column[] = [
  text('title.en', 'col.titleEn'),
  text('title.zh-TW', 'col.titleZh'),
  text('currency', 'col.currency'),
  text('unit', 'col.amountUnit'),
  text('asOf', 'col.asOf'),
];
