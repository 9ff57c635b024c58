import type { Lang } from '../model/types';

// The model writes its messages in English (stable, testable data). Readers of Chinese get them
// translated here by their shape; a message of a shape not listed stays in English, marked so.
type Rule = [RegExp, (m: RegExpExecArray) => string];

const KIND: Record<string, string> = { entity: '實體', parameter: '參數', source: '資料來源', flow: '資金流', scenario: '情境' };
const kind = (k: string | undefined) => KIND[k ?? ''] ?? k ?? '';

const RULES: Rule[] = [
  [/^unknown (\w+) '(.*)' — did you mean '(.*)'\?$/, (m) => `未知的${kind(m[1])}「${m[2]}」——是不是「${m[3]}」？`],
  [/^unknown (\w+) '(.*)' — known \w+ ids: (.*)$/, (m) => `未知的${kind(m[1])}「${m[2]}」——已知的代號：${m[3]}`],
  [/^duplicate (\w+) id '(.*)' \(first used at (.*)\)$/, (m) => `${kind(m[1])}代號「${m[2]}」重複（第一次出現在 ${m[3]}）`],
  [
    /^shares out of '(.*)' sum to (.*) at (.*); they may sum to at most 1 — lower a share or a slider's max$/,
    (m) => `「${m[1]}」流出的比例合計為 ${m[2]}（${m[3]}）；合計最多只能是 1——請調低某個比例或滑桿上限`,
  ],
  [/^share is (.*) at (.*); a share must be between 0 and 1$/, (m) => `比例為 ${m[1]}（${m[2]}）；比例必須介於 0 與 1 之間`],
  [/^turns negative \((.*)\) at (.*)$/, (m) => `在 ${m[2]} 時變成負數（${m[1]}）`],
  [
    /^'(.*)' already has a "rest" flow \((.*)\); only one flow may take the rest$/,
    (m) => `「${m[1]}」已經有一筆 "rest" 資金流（${m[2]}）；只能有一筆資金流取用剩餘部分`,
  ],
  [
    /^'(.*)' receives money, so its outflows must be shares of its inflow; fixed amounts enter only from entities outside the loop$/,
    (m) => `「${m[1]}」有資金流入，所以流出必須是流入的比例；固定金額只能來自循環外的實體`,
  ],
  [/^a flow cannot go from '(.*)' to itself$/, (m) => `資金流不能從「${m[1]}」流回自己`],
  [
    /^'(.*)' has an owner of its own \('(.*)'\); point owner at the top company$/,
    (m) => `「${m[1]}」本身也有所屬公司（「${m[2]}」）；owner 請指向最上層的公司`,
  ],
  [
    /^(default|reported) (.*) is outside the slider's range (.*)$/,
    (m) => `${m[1] === 'default' ? '預設值' : '報導數字'} ${m[2]} 超出滑桿範圍 ${m[3]}`,
  ],
  [/^(.*) is outside the range of '(.*)' \((.*)\)$/, (m) => `${m[1]} 超出「${m[2]}」的範圍（${m[3]}）`],
  [/^min \((.*)\) is above max \((.*)\)$/, (m) => `最小值（${m[1]}）大於最大值（${m[2]}）`],
  [/^a share runs from 0 to 1; this one spans (.*)$/, (m) => `比例介於 0 到 1；這個的範圍是 ${m[1]}`],
  [/^an amount cannot be negative \(min is (.*)\)$/, (m) => `金額不能是負數（最小值為 ${m[1]}）`],
  [/^(.*) is more than the largest amount allowed \((.*)\)$/, (m) => `${m[1]} 超過允許的最大金額（${m[2]}）`],
  [/^needs text in at least one language \("en" or "zh-TW"\)$/, () => '至少需要一種語言的文字（"en" 或 "zh-TW"）'],
  [/^is required \((.*)\)$/, (m) => `必填（${translateIssueMessage(m[1] ?? '', 'zh-TW')}）`],
  [/^must be a finite number$/, () => '必須是有限的數字'],
  [/^must be a number$/, () => '必須是數字'],
  [/^must not be negative$/, () => '不能是負數'],
  [/^must not be empty$/, () => '不能是空的'],
  [/^must be greater than 0$/, () => '必須大於 0'],
  [/^must be at most (\d+) characters$/, (m) => `最多 ${m[1]} 個字元`],
  [/^must be at most (.*)$/, (m) => `最多為 ${m[1]}`],
  [/^must be one of: (.*)$/, (m) => `必須是以下其中之一：${m[1]}`],
  [/^must be a number ≥ 0, .*$/, () => '必須是 ≥ 0 的數字、{"param": 代號}、{"oneMinus": …} 或 {"product": […]}'],
  [/^a flow needs either "amount" .*$/, () => '資金流需要 "amount"（從循環外注入的金額）或 "share"（占流出者收入的比例），不能兩者都有'],
  [/^needs at least one entity$/, () => '至少需要一個實體'],
  [/^at most (\d+) (\w+) are supported$/, (m) => `最多支援 ${m[1]} 個${kind(m[2]?.replace(/s$/, '').replace(/ie$/, 'y'))}`],
  [/^is nested more than (\d+) levels deep; no dataset needs that$/, (m) => `巢狀超過 ${m[1]} 層；資料集不需要這麼深`],
  [/^is (.*) MB; datasets may be at most (.*) MB(.*)$/, (m) => `大小為 ${m[1]} MB；資料集最多 ${m[2]} MB`],
  [/^(.*) is (.*) MB; datasets may be at most (.*) MB$/, (m) => `${m[1]} 大小為 ${m[2]} MB；資料集最多 ${m[3]} MB`],
  [/^(.*) is larger than (.*) MB, the most a dataset may be$/, (m) => `${m[1]} 超過 ${m[2]} MB，這是資料集的上限`],
  [/^is larger than (.*) MB$/, (m) => `超過 ${m[1]} MB`],
  [/^not valid JSON: unexpected '(.*)'$/, (m) => `不是有效的 JSON：這裡不該出現「${m[1]}」`],
  [/^not valid JSON: the text ends before the JSON does$/, () => '不是有效的 JSON：內容在 JSON 結束前就中斷了'],
  [/^the text is empty: paste or choose a dataset in JSON$/, () => '內容是空的：請貼上或選擇 JSON 格式的資料集'],
  [
    /^missing column '(.*)': the header must name from, to and amount or share$/,
    (m) => `缺少「${m[1]}」欄：標題列必須有 from、to，以及 amount 或 share`,
  ],
  [/^needs an 'amount' or a 'share' column$/, () => '需要 amount 或 share 欄'],
  [/^'(.*)' is not a number ≥ 0$/, (m) => `「${m[1]}」不是 ≥ 0 的數字`],
  [/^a row has either an amount or a share, not both$/, () => '每一列只能有金額或比例，不能兩者都有'],
  [/^needs an amount or a share$/, () => '需要金額或比例'],
  [/^is empty$/, () => '是空的'],
  [
    /^(.*) is more than 1: a share is a fraction of what '(.*)' receives \(0\.5 = half\)$/,
    (m) => `${m[1]} 大於 1：比例是「${m[2]}」收到金額的一部分（0.5 = 一半）`,
  ],
  [/^'(.*)' is not a (kind|status) \((.*)\)$/, (m) => `「${m[1]}」不是有效的${m[2] === 'kind' ? '類型' : '狀態'}（${m[3]}）`],
  [/^unknown column, ignored \(known: (.*)\)$/, (m) => `未知的欄位，已略過（已知欄位：${m[1]}）`],
  [
    /^at the default slider values the loop returns (.*) per dollar \(gain ≥ 1\), so totals grow without limit; lower a default share$/,
    (m) => `在滑桿預設值下，循環每 1 美元會回流 ${m[1]} 美元（增益 ≥ 1），總額將無限增長；請調低某個預設比例`,
  ],
  [/^'(.*)' has no flows in or out, so it never appears in the chart$/, (m) => `「${m[1]}」沒有任何流入或流出，因此不會出現在圖表中`],
  [
    /^'(.*)' passes on all it receives and nothing leaves the loop there; leave a share for its costs \(a leakage flow\)$/,
    (m) => `「${m[1]}」把收到的錢全部轉出，沒有任何資金在此流出循環；請為它的成本留下一個比例（leakage 資金流）`,
  ],
  [/^only http\(s\) addresses can be loaded, not (.*)$/, (m) => `只能載入 http(s) 網址，不能載入 ${m[1]}`],
  [/^'(.*)' is not a web address$/, (m) => `「${m[1]}」不是網址`],
  [/^(.*) did not answer within (.*) s$/, (m) => `${m[1]} 在 ${m[2]} 秒內沒有回應`],
  [/^(.*) answered (\d+)(.*)$/, (m) => `${m[1]} 回應 ${m[2]}${m[3]}`],
  [
    /^(.*) could not be fetched \((.*)\); the server may not allow it \(CORS\)$/,
    (m) => `無法取得 ${m[1]}（${m[2]}）；伺服器可能不允許跨來源讀取（CORS）`,
  ],
];

/** A dataset or load message in the reader's language, and whether it is (still) English. */
export function translateIssueMessage(message: string, lang: Lang): string {
  return localizeIssue(message, lang).text;
}

export function localizeIssue(message: string, lang: Lang): { text: string; english: boolean } {
  if (lang === 'en') return { text: message, english: true };
  for (const [pattern, render] of RULES) {
    const match = pattern.exec(message);
    if (match) return { text: render(match), english: false };
  }
  return { text: message, english: true };
}

/** Paths read "line 3, column 5" in CSV and JSON errors; the rest are JSON paths, the same in any language. */
export function localizeIssuePath(path: string, lang: Lang): string {
  if (lang === 'en') return path;
  return path
    .replace(/^line (\d+), column '(.*)'$/, '第 $1 行「$2」欄')
    .replace(/^line (\d+), column (\d+)$/, '第 $1 行第 $2 欄')
    .replace(/^line (\d+)$/, '第 $1 行');
}
