import type { Lang } from '../model/types';
import { fillPlaceholders } from './strings';

// Text only the round-trip table and the sensitivity chart need: it loads with them, not with the page.
const en = {
  'roundTrips.caption':
    'What each company books from this loop{inYear} at the current settings. Its own money and real customers’ are shares of that loop revenue; the last column is the loop revenue’s share of the company’s total annual revenue.',
  'roundTrips.company': 'Company',
  'roundTrips.revenue': 'Revenue from the loop',
  'roundTrips.own': 'Its own money coming back',
  'roundTrips.customers': 'Paid by real customers',
  'roundTrips.annual': 'Total annual revenue',
  'roundTrips.loopShare': 'Loop’s share of it',
  'roundTrips.follow': 'Follow {company} in the headline',
  'sensitivity.intro':
    'The round-trip share of {focus}’s loop revenue (its own money coming back ÷ what it books from the loop) with each slider at its minimum and at its maximum, the others as they are now. Widest swing first; the line marks today’s {current}.',
  'sensitivity.slider': 'Slider',
  'sensitivity.atMin': 'At its minimum',
  'sensitivity.atMax': 'At its maximum',
  'sensitivity.swing': 'Swing',
  'sensitivity.keyMin': 'Slider at its minimum',
  'sensitivity.keyMax': 'Slider at its maximum',
  'sensitivity.end': '{value}: {percent}',
  'sensitivity.points': '{points} points',
  'sensitivity.noEffect': 'moves nothing',
  'sensitivity.diverges': 'loop diverges',
  'sensitivity.nothing': 'books nothing',
} as const;

export type DetailKey = keyof typeof en;

const zhTW: Record<DetailKey, string> = {
  'roundTrips.caption':
    '在目前設定下，各公司{inYear}從這個循環入帳的營收。「自己的錢」與「真實客戶」的比重都是占循環營收的比重；最後一欄是循環營收占該公司全年總營收的比重。',
  'roundTrips.company': '公司',
  'roundTrips.revenue': '來自循環的營收',
  'roundTrips.own': '自己的錢繞回來',
  'roundTrips.customers': '真實客戶支付',
  'roundTrips.annual': '全年總營收',
  'roundTrips.loopShare': '循環營收占比',
  'roundTrips.follow': '在標題數字中追蹤{company}',
  'sensitivity.intro':
    '把每個滑桿分別拉到最小值與最大值（其他滑桿維持現狀）時，{focus}循環營收中的回流比重（自己的錢繞回來 ÷ 從循環入帳的營收）。擺幅最大的排最前面；直線標示目前的 {current}。',
  'sensitivity.slider': '滑桿',
  'sensitivity.atMin': '最小值時',
  'sensitivity.atMax': '最大值時',
  'sensitivity.swing': '擺幅',
  'sensitivity.keyMin': '滑桿在最小值時',
  'sensitivity.keyMax': '滑桿在最大值時',
  'sensitivity.end': '{value}：{percent}',
  'sensitivity.points': '{points} 個百分點',
  'sensitivity.noEffect': '沒有影響',
  'sensitivity.diverges': '循環發散',
  'sensitivity.nothing': '沒有入帳',
};

export const DETAIL_STRINGS: Record<Lang, Record<DetailKey, string>> = { en, 'zh-TW': zhTW };

/** A string of the table or the chart, with {placeholders} filled in. */
export function detailText(lang: Lang, key: DetailKey, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(DETAIL_STRINGS[lang][key], params);
}
