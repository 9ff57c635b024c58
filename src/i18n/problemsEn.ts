import { LIMITS } from '../model/limits';
import { megabytes as mb, sliderSettings, someIds, type ProblemDictionary } from './problemDictionary';

const at = (settings: Parameters<typeof sliderSettings>[0]) => sliderSettings(settings, 'any slider position');

// The problems of a dataset or a load in English (the build's dataset check prints these too).
export const problemsEn: ProblemDictionary = {
  texts: {
    missing: () => 'is required',
    'invalid-value': ({ expected, received }) =>
      expected ? `is not valid: expected ${expected} but received ${received}` : `is not valid (received ${received})`,
    empty: () => 'must not be empty',
    'too-long': ({ max }) => `must be at most ${max} characters`,
    'too-many-items': ({ max }) => `must have at most ${max} items`,
    'not-a-number': () => 'must be a number',
    'not-finite': () => 'must be a finite number',
    negative: () => 'must not be negative',
    'too-big': ({ max }) => `must be at most ${max}`,
    'not-positive': () => 'must be greater than 0',
    'no-text': () => 'needs text in at least one language ("en" or "zh-TW")',
    'not-one-of': ({ options }) => `must be one of: ${options.join(', ')}`,
    'bad-expr': () =>
      'must be a number ≥ 0, {"param": id}, {"oneMinus": …}, {"product": […]}, {"sum": […]}, {"byYear": {"2026": …}} or {"schedule": {"start", "term", "total"}}',
    'not-a-date': () => 'must be a date written yyyy-mm-dd, e.g. 2026-03-31',
    'not-a-year': () => 'must be a year, e.g. 2026',
    'not-a-name': () => 'must be a name of letters, digits and _ (starting with a letter), as the formula writes it',
    'years-not-ascending': () => 'must list each year once, in ascending order',
    'entity-or-flow': () => 'an annotation needs either "entity" or "flow" (the id it points at) and "text", nothing else',
    'amount-or-share': () =>
      'a flow needs either "amount" (money injected from outside) or "share" (of the from-entity\'s inflow), not both',
    'no-entities': () => 'needs at least one entity',
    'too-many': ({ list, max }) => `at most ${max} ${list === 'story' ? 'story steps' : list} are supported`,
    'too-deep': ({ max }) => `is nested more than ${max} levels deep; no dataset needs that`,
    'unknown-id': ({ kind, id, suggestion, known, moreKnown }) =>
      suggestion
        ? `unknown ${kind} '${id}' — did you mean '${suggestion}'?`
        : known.length
          ? `unknown ${kind} '${id}' — known ${kind} ids: ${someIds(known, moreKnown)}`
          : `unknown ${kind} '${id}' — there are no ${kind} ids`,
    'duplicate-id': ({ kind, id, first }) => `duplicate ${kind} id '${id}' (first used at ${first})`,
    'owner-has-owner': ({ owner, ownersOwner }) => `'${owner}' has an owner of its own ('${ownersOwner}'); point owner at the top company`,
    'self-flow': ({ entity }) => `a flow cannot go from '${entity}' to itself`,
    'min-above-max': ({ min, max }) => `min (${min}) is above max (${max})`,
    'share-range': ({ min, max }) => `a share runs from 0 to 1; this one spans ${min}–${max}`,
    'negative-amount-min': ({ min }) => `an amount cannot be negative (min is ${min})`,
    'amount-too-big': ({ max, limit }) => `${max} is more than the largest amount allowed (${limit})`,
    'outside-slider-range': ({ field, value, min, max }) => `${field} ${value} is outside the slider's range ${min}–${max}`,
    'year-not-covered': ({ year, years }) =>
      years.length ? `${year} is not one of the model years (${years.join(', ')})` : `${year} needs meta.years to list the model years`,
    'needs-years': () => 'depends on the model year, so meta.years must list the years the dataset covers',
    'outside-scenario-range': ({ id, value, min, max }) => `${value} is outside the range of '${id}' (${min}–${max})`,
    'off-slider-step': ({ id, value, step }) => `${value} is not a position of the slider '${id}' (it moves in steps of ${step})`,
    'turns-negative': ({ amount, at: where }) => `turns negative (${amount}) at ${at(where)}`,
    'second-rest': ({ entity, first }) => `'${entity}' already has a "rest" flow (${first}); only one flow may take the rest`,
    'share-out-of-range': ({ share, at: where }) => `share is ${share} at ${at(where)}; a share must be between 0 and 1`,
    'shares-over-one': ({ entity, sum, at: where }) =>
      `shares out of '${entity}' sum to ${sum} at ${at(where)}; they may sum to at most 1 — lower a share or a slider's max`,
    'loop-diverges': ({ gain }) =>
      `at the default slider values the loop returns ${gain.toFixed(2)} for every 1 that goes round (gain ≥ 1), so totals grow without limit; lower a default share`,
    'entity-unused': ({ entity }) => `'${entity}' has no flows in or out, so it never appears in the chart`,
    'no-leakage': ({ entity }) =>
      `'${entity}' passes on all it receives and nothing leaves the loop there; leave a share for its costs (a leakage flow)`,
    'obligation-not-amount': () => 'only a flow with an "amount" can be an obligation: a share of an inflow is not an amount due',
    'file-too-large': ({ bytes, limitBytes }) =>
      `is ${mb(bytes).toFixed(1)} MB; datasets may be at most ${mb(limitBytes)} MB (and at most ${LIMITS.entities.toLocaleString('en')} entities and ${LIMITS.flows.toLocaleString('en')} flows)`,
    'larger-than-limit': ({ limitBytes }) => `is larger than ${mb(limitBytes)} MB, the most a dataset may be`,
    'not-a-dataset': ({ received }) =>
      `a dataset is a JSON object with meta, entities, flows, parameters and scenarios; this is ${
        { array: 'an array', null: 'null', text: 'a text', number: 'a number', boolean: 'true or false' }[received]
      }`,
    'empty-text': () => 'the text is empty: paste or choose a dataset in JSON',
    'json-unexpected': ({ text }) => `not valid JSON: unexpected '${text}'`,
    'json-ends-early': () => 'not valid JSON: the text ends before the JSON does',
    'csv-unclosed-quote': () => 'a quoted field is not closed',
    'csv-bad-quote': () => 'a quoted field is malformed: a quote inside one must be doubled ("")',
    'csv-too-many-fields': ({ columns }) => `has more fields than the header's ${columns} columns`,
    'csv-no-delimiter': () => 'no commas between the columns: separate them with commas',
    'csv-missing-column': ({ column }) =>
      column === 'id'
        ? "missing column 'id': the entities table's header must name id (and may name label, label_zh-TW, role, owner, focus)"
        : column === 'key' || column === 'value'
          ? `missing column '${column}': the meta table's header is key,value`
          : `missing column '${column}': the header must name from, to and amount or share`,
    'csv-no-amount-column': () => "needs an 'amount' or a 'share' column",
    'csv-bad-url': ({ text }) => `'${text}' is not a web address a reader could open`,
    'csv-unknown-column': ({ known }) => `unknown column, ignored (known: ${known.join(', ')})`,
    'csv-empty-cell': () => 'is empty',
    'csv-amount-and-share': () => 'a row has either an amount or a share, not both',
    'csv-no-amount': () => 'needs an amount or a share',
    'csv-not-a-number': ({ text }) => `'${text}' is not a number ≥ 0`,
    'csv-unknown-value': ({ column, value, options }) => `'${value}' is not a ${column} (${options.join(', ')})`,
    'csv-share-over-one': ({ share, from }) => `${share} is more than 1: a share is a fraction of what '${from}' receives (0.5 = half)`,
    'csv-second-focus': ({ first }) => `'${first}' is already the focus: mark one entity only`,
    'csv-second-table': ({ table }) => `a second ${table} table: give each table once`,
    'csv-outside-table': () => "text before the first '# flows', '# entities', '# meta' or '# kinds' line: start each table with its line",
    'csv-no-flows': () => "no flows table: add a '# flows' line before the flows' header (from,to,amount…)",
    'csv-unknown-key': ({ key, known }) => `unknown key '${key}', ignored (known: ${known.join(', ')})`,
    'csv-repeated-key': ({ key, line }) => `'${key}' is already given on line ${line}: give each key once`,
    'csv-unknown-currency': ({ text }) => `'${text}' is not an ISO 4217 currency code (such as EUR, USD, TWD, JPY)`,
    'csv-not-a-date': ({ text }) => `'${text}' is not a date written yyyy-mm-dd (such as 2026-01-31)`,
    'csv-unknown-like': ({ value, options }) => `'${value}' is not a built-in kind to play the part of (${options.join(', ')})`,
    'csv-kinds-no-id': () => "missing column 'id': the kinds table's header must name id (and may name label, label_zh-TW, like)",
    'not-an-address': ({ address }) => `'${address}' is not a web address`,
    'not-http': ({ protocol }) => `only http(s) addresses can be loaded, not ${protocol}`,
    'http-status': ({ url, status, statusText }) => `${url} answered ${status} ${statusText}`.trim(),
    timeout: ({ url, seconds }) => `${url} did not answer within ${seconds} s`,
    'fetch-failed': ({ url, reason }) => `${url} could not be fetched (${reason}); the server may not allow it (CORS)`,
    'read-failed': ({ reason }) => `could not be read (${reason})`,
    'fragment-unreadable': () => 'the dataset in this link could not be read (the link may have been cut short); the bundled data is shown',
    'load-cancelled': ({ url }) => `loading ${url} was cancelled; the bundled data is shown`,
    'not-in-encoding': ({ encoding }) => `is not ${encoding} text (some of its bytes are not valid ${encoding}): choose another encoding`,
  },
  place: {
    line: (line) => `line ${line}`,
    lineColumn: (line, column) => `line ${line}, column ${column}`,
    lineNamedColumn: (line, column) => `line ${line}, column '${column}'`,
    inFile: (file, place) => `${file}, ${place}`,
    whole: { dataset: '(dataset)', file: '(file)' },
  },
};
