import { LIMITS } from '../model/limits';
import type { IdKind, LimitedList } from '../model/problems';
import { megabytes as mb, sliderSettings, someIds, type ProblemDictionary } from './problemDictionary';

const KIND: Record<IdKind, string> = {
  entity: '實體',
  flow: '資金流',
  parameter: '參數',
  scenario: '情境',
  source: '資料來源',
  step: '故事步驟',
  kind: '資金流類型',
  obligation: '債務',
  'stress-test': '壓力測試',
};
const LIST: Record<LimitedList, string> = {
  entities: '實體',
  flows: '資金流',
  parameters: '參數',
  scenarios: '情境',
  story: '故事步驟',
  obligations: '債務',
  stressTests: '壓力測試',
};
const at = (settings: Parameters<typeof sliderSettings>[0]) => sliderSettings(settings, '任何滑桿位置');

// The problems of a dataset or a load in Traditional Chinese (Taiwan).
export const problemsZhTW: ProblemDictionary = {
  texts: {
    missing: () => '必填',
    'invalid-value': ({ expected, received }) =>
      expected ? `不是有效的值：應為 ${expected}，實際為 ${received}` : `不是有效的值（收到的是 ${received}）`,
    empty: () => '不能是空的',
    'too-long': ({ max }) => `最多 ${max} 個字元`,
    'too-many-items': ({ max }) => `最多 ${max} 項`,
    'not-a-number': () => '必須是數字',
    'not-finite': () => '必須是有限的數字',
    negative: () => '不能是負數',
    'too-big': ({ max }) => `最多為 ${max}`,
    'not-positive': () => '必須大於 0',
    'no-text': () => '至少需要一種語言的文字（"en" 或 "zh-TW"）',
    'not-one-of': ({ options }) => `必須是以下其中之一：${options.join(', ')}`,
    'bad-expr': () =>
      '必須是 ≥ 0 的數字、{"param": 代號}、{"oneMinus": …}、{"product": […]}、{"sum": […]}、{"byYear": {"2026": …}} 或 {"schedule": {"start", "term", "total"}}',
    'not-a-date': () => '必須是 yyyy-mm-dd 格式的日期，例如 2026-03-31',
    'not-a-year': () => '必須是年份，例如 2026',
    'not-a-name': () => '必須是由英文字母、數字與 _ 組成的名稱（以字母開頭），與公式中的寫法相同',
    'years-not-ascending': () => '每個年份只能列一次，並由小到大排列',
    'entity-or-flow': () => '註解需要 "entity" 或 "flow"（指向的 id）其中之一，以及 "text"，不能有其他欄位',
    'amount-or-share': () => '資金流需要 "amount"（從循環外注入的金額）或 "share"（占流出者收入的比例），不能兩者都有',
    'no-entities': () => '至少需要一個實體',
    'too-many': ({ list, max }) => `最多支援 ${max} 個${LIST[list]}`,
    'too-deep': ({ max }) => `巢狀超過 ${max} 層；資料集不需要這麼深`,
    'unknown-id': ({ kind, id, suggestion, known, moreKnown }) =>
      suggestion
        ? `未知的${KIND[kind]}「${id}」——是不是「${suggestion}」？`
        : known.length
          ? `未知的${KIND[kind]}「${id}」——已知的代號：${someIds(known, moreKnown)}`
          : `未知的${KIND[kind]}「${id}」——目前沒有任何${KIND[kind]}代號`,
    'duplicate-id': ({ kind, id, first }) => `${KIND[kind]}代號「${id}」重複（第一次出現在 ${first}）`,
    'owner-has-owner': ({ owner, ownersOwner }) => `「${owner}」本身也有所屬公司（「${ownersOwner}」）；owner 請指向最上層的公司`,
    'self-flow': ({ entity }) => `資金流不能從「${entity}」流回自己`,
    'min-above-max': ({ min, max }) => `最小值（${min}）大於最大值（${max}）`,
    'share-range': ({ min, max }) => `比例介於 0 到 1；這個的範圍是 ${min}–${max}`,
    'negative-amount-min': ({ min }) => `金額不能是負數（最小值為 ${min}）`,
    'amount-too-big': ({ max, limit }) => `${max} 超過允許的最大金額（${limit}）`,
    'outside-slider-range': ({ field, value, min, max }) =>
      `${field === 'default' ? '預設值' : '參考值'} ${value} 超出滑桿範圍 ${min}–${max}`,
    'year-not-covered': ({ year, years }) =>
      years.length ? `${year} 不在模型年度之中（${years.join('、')}）` : `${year} 需要在 meta.years 列出模型年度`,
    'needs-years': () => '這個值隨模型年度而變，所以 meta.years 必須列出資料集涵蓋的年度',
    'outside-scenario-range': ({ id, value, min, max }) => `${value} 超出「${id}」的範圍（${min}–${max}）`,
    'off-slider-step': ({ id, value, step }) => `${value} 不是滑桿「${id}」能停的位置（每格 ${step}）`,
    'turns-negative': ({ amount, at: where }) =>
      where.length ? `在 ${at(where)} 時變成負數（${amount}）` : `在任何滑桿位置都會變成負數（${amount}）`,
    'second-rest': ({ entity, first }) => `「${entity}」已經有一筆 "rest" 資金流（${first}）；只能有一筆資金流取用剩餘部分`,
    'share-out-of-range': ({ share, at: where }) => `比例為 ${share}（${at(where)}）；比例必須介於 0 與 1 之間`,
    'shares-over-one': ({ entity, sum, at: where }) =>
      `「${entity}」流出的比例合計為 ${sum}（${at(where)}）；合計最多只能是 1——請調低某個比例或滑桿上限`,
    'loop-diverges': ({ gain }) =>
      `在滑桿預設值下，循環每繞一圈，每 1 元會回流 ${gain.toFixed(2)} 元（增益 ≥ 1），總額將無限增長；請調低某個預設比例`,
    'entity-unused': ({ entity }) => `「${entity}」沒有任何流入或流出，因此不會出現在圖表中`,
    'no-leakage': ({ entity }) => `「${entity}」把收到的錢全部轉出，沒有任何資金在此流出循環；請為它的成本留下一個比例（leakage 資金流）`,
    'obligation-not-amount': () => '只有設定「amount」的資金流可以是債務：占流入的比例不是到期應付的金額',
    'file-too-large': ({ bytes, limitBytes }) =>
      `大小為 ${mb(bytes).toFixed(1)} MB；資料集最多 ${mb(limitBytes)} MB（且最多 ${LIMITS.entities.toLocaleString('en')} 個實體、${LIMITS.flows.toLocaleString('en')} 筆資金流）`,
    'larger-than-limit': ({ limitBytes }) => `超過 ${mb(limitBytes)} MB，這是資料集的上限`,
    'not-a-dataset': ({ received }) =>
      `資料集應為含有 meta、entities、flows、parameters 與 scenarios 的 JSON 物件；這裡卻是${
        { array: '陣列', null: 'null', text: '文字', number: '數字', boolean: 'true 或 false' }[received]
      }`,
    'empty-text': () => '內容是空的：請貼上或選擇 JSON 格式的資料集',
    'json-unexpected': ({ text }) => `不是有效的 JSON：這裡不該出現「${text}」`,
    'json-ends-early': () => '不是有效的 JSON：內容在 JSON 結束前就中斷了',
    'csv-unclosed-quote': () => '有個加上引號的欄位沒有結束引號',
    'csv-bad-quote': () => '加上引號的欄位格式有誤：欄位中的引號必須寫成兩個（""）',
    'csv-too-many-fields': ({ columns }) => `欄位比標題列的 ${columns} 欄還多`,
    'csv-no-delimiter': () => '欄與欄之間沒有逗號：請用逗號分隔各欄',
    'csv-missing-column': ({ column }) =>
      column === 'id'
        ? '缺少「id」欄：實體表的標題列必須有 id（也可以有 label、label_zh-TW、role、owner、focus）'
        : column === 'key' || column === 'value'
          ? `缺少「${column}」欄：資料集資訊表的標題列是 key,value`
          : `缺少「${column}」欄：標題列必須有 from、to，以及 amount 或 share`,
    'csv-no-amount-column': () => '需要 amount 或 share 欄',
    'csv-bad-url': ({ text }) => `「${text}」不是讀者能開啟的網址`,
    'csv-unknown-column': ({ known }) => `未知的欄位，已略過（已知欄位：${known.join(', ')}）`,
    'csv-empty-cell': () => '是空的',
    'csv-amount-and-share': () => '每一列只能有金額或比例，不能兩者都有',
    'csv-no-amount': () => '需要金額或比例',
    'csv-not-a-number': ({ text }) => `「${text}」不是 ≥ 0 的數字`,
    'csv-unknown-value': ({ column, value, options }) =>
      `「${value}」不是有效的${{ kind: '類型', basis: '數字性質', status: '狀態', role: '角色', focus: '焦點標記' }[column]}（${options.join(', ')}）`,
    'csv-share-over-one': ({ share, from }) => `${share} 大於 1：比例是「${from}」收到金額的一部分（0.5 = 一半）`,
    'csv-second-focus': ({ first }) => `「${first}」已經是焦點：只能標記一個實體`,
    'csv-second-table': ({ table }) =>
      `第二個${{ flows: '流向', entities: '實體', meta: '資料集資訊', kinds: '類型' }[table]}表：每種表只能有一個`,
    'csv-outside-table': () => '第一個「# flows」、「# entities」、「# meta」或「# kinds」行之前還有內容：每個表請以這一行開頭',
    'csv-no-flows': () => '沒有流向表：請在流向的標題列（from,to,amount…）前加上一行「# flows」',
    'csv-unknown-key': ({ key, known }) => `未知的鍵「${key}」，已略過（已知的鍵：${known.join(', ')}）`,
    'csv-repeated-key': ({ key, line }) => `「${key}」已在第 ${line} 行給過：每個鍵只能給一次`,
    'csv-unknown-currency': ({ text }) => `「${text}」不是 ISO 4217 貨幣代碼（例如 EUR、USD、TWD、JPY）`,
    'csv-not-a-date': ({ text }) => `「${text}」不是以 yyyy-mm-dd 寫成的日期（例如 2026-01-31）`,
    'csv-unknown-like': ({ value, options }) => `「${value}」不是內建類型，like 須為其中之一（${options.join(', ')}）`,
    'csv-kinds-no-id': () => '缺少「id」欄：類型表的標題列必須有 id（也可以有 label、label_zh-TW、like）',
    'not-an-address': ({ address }) => `「${address}」不是網址`,
    'not-http': ({ protocol }) => `只能載入 http(s) 網址，不能載入 ${protocol}`,
    'http-status': ({ url, status, statusText }) => `${url} 回應 ${status} ${statusText}`.trim(),
    timeout: ({ url, seconds }) => `${url} 在 ${seconds} 秒內沒有回應`,
    'fetch-failed': ({ url, reason }) => `無法取得 ${url}（${reason}）；伺服器可能不允許跨來源讀取（CORS）`,
    'read-failed': ({ reason }) => `無法讀取（${reason}）`,
    'fragment-unreadable': () => '無法讀取這個連結裡的資料集（連結可能被截斷了），目前顯示內建資料',
    'load-cancelled': ({ url }) => `已取消載入 ${url}，目前顯示內建資料`,
    'not-in-encoding': ({ encoding }) => `不是 ${encoding} 文字（有些位元組不是有效的 ${encoding}）：請選擇其他編碼`,
  },
  place: {
    line: (line) => `第 ${line} 行`,
    lineColumn: (line, column) => `第 ${line} 行第 ${column} 欄`,
    lineNamedColumn: (line, column) => `第 ${line} 行「${column}」欄`,
    inFile: (file, place) => `${file} ${place}`,
    whole: { dataset: '（資料集）', file: '（檔案）' },
  },
};
