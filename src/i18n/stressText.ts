import { formatMoney, formatPercent, moneyUnit } from '../model/format';
import type { StressResult } from '../model/stress';
import type { Dataset, Lang, Shocks } from '../model/types';
import { money, share } from '../model/units';
import { fillPlaceholders, pickText } from './strings';
import { parenthesised } from './parenthesised';
import { spaceLatin } from './spaceLatin';

/** The stress test's words in both languages (kept apart from the first view's dictionaries: only the stress panel and an export of a stressed view need them). */
const EN = {
  title: 'Stress test: if the loop breaks',
  intro:
    'Pull a shock and the obligations are cleared as Eisenberg and Noe (2001) do: each company pays what it owes in full or, if it cannot, all it has, shared among its creditors in proportion.',
  tests: 'Stress tests',
  revenueFall: 'Real customers pay less',
  equitySlowdown: 'New equity slows',
  fails: 'A company fails',
  failsNamed: '{name} fails',
  lenderStops: 'A lender stops lending',
  lenderStopsNamed: 'no new lending from {name}',
  dropUncommitted: 'Letters of intent and conditional money do not happen',
  none: 'none',
  alpha: 'Default cost α: share of its own assets a defaulter recovers',
  beta: 'Default cost β: share of what it receives a defaulter recovers',
  clear: 'Clear the shocks',
  table: 'Who cannot pay whom',
  entity: 'Company',
  owes: 'Owes',
  pays: 'Pays',
  short: 'Short',
  round: 'Defaults in round',
  creditorLoss: 'Loss as creditor',
  revenueLoss: 'Revenue lost',
  paysInFull: '—',
  equityRule:
    "An investor's stake (the equity it put in this year) in a company that defaults is written down by the share its creditors lose: a lower bound, since shareholders rank after creditors.",
  equityLosses: 'Stakes written down',
  writtenDown: '{pair}: {loss} written down of {stake} put in',
  step: 'Cascade round',
  previous: 'Previous round',
  next: 'Next round',
  play: 'Play the cascade',
  pause: 'Pause',
  noDefault: 'With these shocks every company pays what it owes.',
  noMoreDefaults: 'If {shock}, no other company defaults and no company loses more revenue.',
  costsNamed: 'default costs α {alpha}, β {beta}',
  noTotals: 'This loop has no totals (it amplifies itself), so there is nothing to clear: lower a ratio until it converges.',
  estimate: 'Our estimate, from the model.',
};

export type StressWords = Record<keyof typeof EN, string>;

const ZH_TW: StressWords = {
  title: '壓力測試：如果循環斷裂',
  intro:
    '拉動一項衝擊，債務就依 Eisenberg 與 Noe（2001）的方法清算：每家公司全額支付所欠款項；付不出時就付出全部所有，按比例分給各債權人。',
  tests: '壓力測試',
  revenueFall: '真實客戶付款減少',
  equitySlowdown: '新股權投資放緩',
  fails: '一家公司倒下',
  failsNamed: '{name}倒下',
  lenderStops: '放款人停止放款',
  lenderStopsNamed: '{name}停止放款',
  dropUncommitted: '投資意向書與附條件資金沒有實現',
  none: '無',
  alpha: '違約成本 α：違約者能回收的自有資產比例',
  beta: '違約成本 β：違約者能回收的收款比例',
  clear: '清除衝擊',
  table: '誰付不出誰的錢',
  entity: '公司',
  owes: '應付',
  pays: '實付',
  short: '缺口',
  round: '違約輪次',
  creditorLoss: '債權損失',
  revenueLoss: '營收損失',
  paysInFull: '—',
  equityRule: '投資人在違約公司的持股（本年度投入的股本）依其債權人損失的比例減記：這是下限，因為股東的受償順位在債權人之後。',
  equityLosses: '減記的持股',
  writtenDown: '{pair}：投入 {stake}，減記 {loss}',
  step: '連鎖違約輪次',
  previous: '上一輪',
  next: '下一輪',
  play: '逐輪播放連鎖違約',
  pause: '暫停',
  noDefault: '在這些衝擊下，每家公司都付得出所欠的款項。',
  noMoreDefaults: '如果{shock}，不會再有其他公司違約，也沒有公司因此再損失營收。',
  costsNamed: '違約成本 α {alpha}、β {beta}',
  noTotals: '這個循環沒有總額（會自我放大），沒有可清算的債務：請調低某個比率，直到循環收斂。',
  estimate: '我們的估計，來自模型。',
};

export function stressWords(lang: Lang): StressWords {
  return lang === 'en' ? EN : ZH_TW;
}

/**
 * An entity's name by id, as the stress test writes it: its name in sentences and lists; its short
 * name (its name where it has none) where `short`, in the table's narrow column. The id if the
 * dataset has no such entity.
 */
export function stressEntityName(dataset: Dataset, id: string, lang: Lang, short = false): string {
  const entity = dataset.entities.find((e) => e.id === id);
  return entity ? pickText((short && entity.short) || entity.label, lang).text : id;
}

/** The shocks in a phrase ("new equity slows 50% · OpenAI fails"), for the export's subtitle and the headline. */
export function describeShocks(dataset: Dataset, shocks: Shocks, costs: { alpha: number; beta: number }, lang: Lang): string {
  const w = stressWords(lang);
  const parts: string[] = [];
  if (shocks.revenueFall) parts.push(`${w.revenueFall} ${formatPercent(share(shocks.revenueFall), lang)}`);
  if (shocks.equitySlowdown) parts.push(`${w.equitySlowdown} ${formatPercent(share(shocks.equitySlowdown), lang)}`);
  // Named, the shock reads as an event: "OpenAI fails", not "A company fails: OpenAI".
  const named = (words: string, id: string) => words.replace('{name}', stressEntityName(dataset, id, lang));
  if (shocks.fails) parts.push(named(w.failsNamed, shocks.fails));
  if (shocks.lenderStops) parts.push(named(w.lenderStopsNamed, shocks.lenderStops));
  if (shocks.dropUncommitted) parts.push(w.dropUncommitted);
  if (costs.alpha !== 1 || costs.beta !== 1) parts.push(`α ${costs.alpha} β ${costs.beta}`);
  const phrase = parts.join(' · ');
  return lang === 'en' ? phrase : spaceLatin(phrase);
}

/** The companies that default in a run (they owe something and a clearing round marks them), most short first. */
function defaultersOf(result: StressResult): number[] {
  const { clearing, due } = result;
  return [...due.keys()]
    .filter((i) => clearing.round[i]! > 0 && due[i]! > 0)
    .sort((a, b) => clearing.shortfall[b]! - clearing.shortfall[a]!);
}

/** "A can pay 12% of what it owes in 2027; B is US$2B short of what it owes", for the first two. */
function defaultParts(dataset: Dataset, result: StressResult, defaulters: number[], year: number | null, lang: Lang): string[] {
  const { clearing, due } = result;
  const en = lang === 'en';
  const inYear = year === null ? '' : en ? ` in ${year}` : `${year} 年`;
  const name = (i: number) => stressEntityName(dataset, dataset.entities[i]!.id, lang);
  const parts: string[] = [];
  const [first, second] = defaulters;
  if (first !== undefined) {
    const paidShare = formatPercent(share(clearing.paid[first]! / due[first]!), lang);
    parts.push(
      en ? `${name(first)} can pay ${paidShare} of what it owes${inYear}` : `${inYear}${name(first)}只付得出所欠款項的 ${paidShare}`,
    );
  }
  if (second !== undefined) {
    const short = formatMoney(money(clearing.shortfall[second]!), lang, moneyUnit(dataset.meta));
    parts.push(en ? `${name(second)} is ${short} short of what it owes` : `${name(second)}短缺 ${short}`);
  }
  return parts;
}

/**
 * The headline: who pays what share of what it owes, who is short of what it owes its creditors,
 * and who loses the most revenue, because of the shocks. Defaults that happen without any shock
 * (`baseline`: the same clearing with none; contracts can exceed what a company receives in a year)
 * are said apart, not blamed on the shock; likewise revenue lost without it. Numbers from the model;
 * the sentence is our estimate.
 */
export function stressHeadline(
  dataset: Dataset,
  result: StressResult,
  year: number | null,
  lang: Lang,
  shockPhrase: string,
  baseline: StressResult | null = null,
  costsPhrase = '',
): string {
  const en = lang === 'en';
  const already = baseline ? defaultersOf(baseline) : [];
  const caused = defaultersOf(result).filter((i) => !already.includes(i));
  const lostByShock = (i: number) => result.revenueLoss[i]! - (baseline?.revenueLoss[i] ?? 0);
  let loser = -1;
  result.revenueLoss.forEach((_, i) => {
    if (lostByShock(i) > 1e-9 && (loser < 0 || lostByShock(i) > lostByShock(loser))) loser = i;
  });
  const parts = defaultParts(dataset, result, caused, year, lang);
  if (loser >= 0) {
    const lost = formatMoney(money(lostByShock(loser)), lang, moneyUnit(dataset.meta));
    const name = stressEntityName(dataset, dataset.entities[loser]!.id, lang);
    // Beyond what it loses without a shock (the table's column counts both): "a further".
    const further = (baseline?.revenueLoss[loser] ?? 0) > 1e-9;
    parts.push(en ? `${name} loses ${further ? 'a further ' : ''}${lost} of revenue` : `${name}營收${further ? '再' : ''}損失 ${lost}`);
  }
  const ifShocked = shockSentence(parts, already.length > 0, shockPhrase, lang);
  const before = defaultParts(dataset, baseline ?? result, already, year, lang);
  // Default costs apply with or without shocks: said with the defaults that happen without any.
  const costs = costsPhrase ? parenthesised(costsPhrase, lang) : '';
  const withoutShock =
    before.length === 0 ? '' : en ? `Without any shock${costs}, ${before.join('; ')}.` : `即使沒有任何衝擊${costs}，${before.join('；')}。`;
  const text = [withoutShock, ifShocked].filter(Boolean).join(en ? ' ' : '');
  return en ? text : spaceLatin(text);
}

/**
 * What the shocks do: "If OpenAI fails, …" with what they cause; "no other company defaults" when
 * companies default anyway and the shocks add none; nothing more when there is no shock to name; and
 * "every company pays" when nobody defaults at all.
 */
function shockSentence(parts: string[], defaultsAnyway: boolean, shockPhrase: string, lang: Lang): string {
  const en = lang === 'en';
  const w = stressWords(lang);
  const shock = en ? lowerFirst(shockPhrase) : shockPhrase;
  if (parts.length > 0) return en ? `If ${shock}, ${parts.join('; ')}.` : `如果${shock}，${parts.join('；')}。`;
  if (!defaultsAnyway) return w.noDefault;
  return shockPhrase ? fillPlaceholders(w.noMoreDefaults, { shock }) : '';
}

/** "Real customers pay less" reads "if real customers pay less"; a company's name ("OpenAI fails") keeps its capitals. */
function lowerFirst(text: string): string {
  const w = stressWords('en');
  const ours = [w.revenueFall, w.equitySlowdown, w.dropUncommitted].some((words) => text.startsWith(words));
  return ours ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
