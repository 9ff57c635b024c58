import type { Lang } from '../model/types';
import { translate } from './strings';

/**
 * A column's name as it stands before a cell where a narrow column stacks a table's cells
 * ("Amount: " / 「金額：」; see tables.css): the name with the language's colon.
 */
export function columnLabel(lang: Lang, name: string): string {
  return translate(lang, 'text.named', { name, text: '' });
}
