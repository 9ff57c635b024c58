// The runtime schema of the dataset format. data/capital-loop.schema.json is generated from it
// (npm run schema), so editors validate the same shape the app does.
import * as v from 'valibot';
import { LIMITS } from './limits';
import { schemaMessage as says } from './schemaMessage';
import { BASES, FIRMNESS, FLOW_KINDS, PARAMETER_GROUPS, ROLES, STATUSES, type Expr } from './types';
import { STEP_VIEWS } from './storyTypes';

const Id = v.pipe(v.string(), v.minLength(1, says('empty', {})), v.maxLength(LIMITS.idLength, says('too-long', { max: LIMITS.idLength })));
const Text = v.pipe(v.string(), v.maxLength(LIMITS.textLength, says('too-long', { max: LIMITS.textLength })));
const NonNegative = v.pipe(
  v.number(says('not-a-number', {})),
  v.finite(says('not-finite', {})),
  v.minValue(0, says('negative', {})),
  v.maxValue(LIMITS.maxAmount, says('too-big', { max: LIMITS.maxAmount })),
);
const UNITS = ['amount', 'share'] as const;
export const FiniteNumber = v.pipe(v.number(says('not-a-number', {})), v.finite(says('not-finite', {})));
/** A calendar day, yyyy-mm-dd: dates are compared as text, so they must all be written the same way. */
const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, says('not-a-date', {})));
const Year = v.pipe(
  FiniteNumber,
  v.integer(says('not-a-year', {})),
  v.minValue(1900, says('not-a-year', {})),
  v.maxValue(2200, says('not-a-year', {})),
);

export const BilingualSchema = v.pipe(
  v.object({ en: v.optional(Text), 'zh-TW': v.optional(Text) }),
  v.check((text) => Boolean(text.en?.trim() || text['zh-TW']?.trim()), says('no-text', {})),
);

const Terms = v.pipe(
  v.array(v.lazy(() => ExprSchema)),
  v.minLength(1, says('empty', {})),
  v.maxLength(16, says('too-many-items', { max: 16 })),
);

export const ExprSchema: v.GenericSchema<Expr> = v.union(
  [
    NonNegative,
    v.strictObject({ param: Id }),
    v.strictObject({ oneMinus: v.lazy(() => ExprSchema) }),
    v.strictObject({ product: Terms }),
    v.strictObject({ sum: Terms }),
    v.strictObject({
      byYear: v.pipe(
        v.record(
          v.pipe(v.string(), v.regex(/^\d{4}$/, says('not-a-year', {}))),
          v.lazy(() => ExprSchema),
        ),
        v.check((years) => Object.keys(years).length <= 64, says('too-many-items', { max: 64 })),
      ),
    }),
    v.strictObject({
      schedule: v.strictObject({
        start: Year,
        term: v.pipe(
          FiniteNumber,
          v.integer(says('not-a-year', {})),
          v.minValue(1, says('not-positive', {})),
          v.maxValue(100, says('too-big', { max: 100 })),
        ),
        total: v.lazy(() => ExprSchema),
      }),
    }),
  ],
  says('bad-expr', {}),
);

const DerivationSchema = v.strictObject({
  formula: v.pipe(Text, v.minLength(1, says('empty', {}))),
  inputs: v.record(
    v.pipe(v.string(), v.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, says('not-a-name', {}))),
    v.strictObject({ value: FiniteNumber, source: v.optional(Id), note: v.optional(BilingualSchema), label: v.optional(BilingualSchema) }),
  ),
  value: FiniteNumber,
});

const ProvenanceSchema = v.object({
  basis: v.picklist(BASES, says('not-one-of', { options: BASES })),
  status: v.optional(
    v.pipe(
      v.array(v.strictObject({ date: IsoDate, status: v.picklist(STATUSES, says('not-one-of', { options: STATUSES })) })),
      v.minLength(1, says('empty', {})),
      v.maxLength(16, says('too-many-items', { max: 16 })),
    ),
  ),
  sources: v.optional(v.array(Id)),
  note: v.optional(BilingualSchema),
  derivation: v.optional(DerivationSchema),
});

// A flow's figure may change kind with the model year (see Provenance.basisInYears).
const FlowProvenanceSchema = v.object({
  ...ProvenanceSchema.entries,
  basisInYears: v.optional(
    v.pipe(
      v.record(v.pipe(v.string(), v.regex(/^\d{4}$/, says('not-a-year', {}))), v.picklist(BASES, says('not-one-of', { options: BASES }))),
      v.check((years) => Object.keys(years).length <= 64, says('too-many-items', { max: 64 })),
    ),
  ),
});

const SourceSchema = v.object({
  id: Id,
  title: Text,
  publisher: v.union([Text, BilingualSchema]),
  date: Text,
  url: Text,
  note: v.optional(BilingualSchema),
});

const FractionSchema = v.pipe(FiniteNumber, v.minValue(0, says('negative', {})), v.maxValue(1, says('too-big', { max: 1 })));
const FirmnessSchema = v.picklist(FIRMNESS, says('not-one-of', { options: FIRMNESS }));

const EntitySchema = v.object({
  id: Id,
  label: BilingualSchema,
  role: v.picklist(ROLES, says('not-one-of', { options: ROLES })),
  description: v.optional(BilingualSchema),
  owner: v.optional(Id),
  short: v.optional(BilingualSchema),
  revenue: v.optional(
    v.pipe(
      v.array(v.object({ year: Year, amount: NonNegative, period: BilingualSchema, provenance: ProvenanceSchema })),
      v.maxLength(64, says('too-many-items', { max: 64 })),
    ),
  ),
  buffer: v.optional(v.strictObject({ amount: ExprSchema, provenance: ProvenanceSchema })),
});

const flowBase = {
  id: Id,
  from: Id,
  to: Id,
  kind: Id,
  label: v.optional(BilingualSchema),
  provenance: FlowProvenanceSchema,
};

// Allowed on share flows too, so that a share marked as an obligation gets its own message (checkObligations).
const ObligationTermsSchema = v.optional(v.strictObject({ firmness: v.optional(FirmnessSchema) }));

/** A flow with an amount, and one with a share: checked one by one when a flow is neither, to say why. */
export const AmountFlowSchema = v.strictObject({ ...flowBase, amount: ExprSchema, obligation: ObligationTermsSchema });
export const ShareFlowSchema = v.strictObject({
  ...flowBase,
  share: v.union([v.literal('rest'), ExprSchema], says('bad-expr', {})),
  obligation: ObligationTermsSchema,
});

// Share flows first: a union checks its options in turn until one fits, and most flows are shares
// (checked against the amount flow's schema first, each was validated twice).
const FlowSchema = v.union([ShareFlowSchema, AmountFlowSchema], says('amount-or-share', {}));

const ParameterSchema = v.object({
  id: Id,
  label: BilingualSchema,
  group: v.picklist(PARAMETER_GROUPS, says('not-one-of', { options: PARAMETER_GROUPS })),
  unit: v.picklist(UNITS, says('not-one-of', { options: UNITS })),
  min: FiniteNumber,
  max: FiniteNumber,
  step: v.pipe(FiniteNumber, v.gtValue(0, says('not-positive', {}))),
  default: FiniteNumber,
  reference: v.optional(FiniteNumber),
  provenance: ProvenanceSchema,
});

const ScenarioSchema = v.object({
  id: Id,
  label: BilingualSchema,
  description: v.optional(BilingualSchema),
  date: v.optional(IsoDate),
  values: v.record(Id, FiniteNumber),
});

const ObligationSchema = v.object({
  id: Id,
  from: Id,
  to: Id,
  amount: ExprSchema,
  firmness: v.optional(FirmnessSchema),
  label: v.optional(BilingualSchema),
  provenance: ProvenanceSchema,
});

export const ShocksSchema = v.strictObject({
  revenueFall: v.optional(FractionSchema),
  equitySlowdown: v.optional(FractionSchema),
  fails: v.optional(Id),
  dropUncommitted: v.optional(v.boolean()),
  lenderStops: v.optional(Id),
});

const StressTestSchema = v.object({
  id: Id,
  label: BilingualSchema,
  description: v.optional(BilingualSchema),
  shocks: ShocksSchema,
  sources: v.optional(v.array(Id)),
});

const MetaSchema = v.object({
  title: BilingualSchema,
  description: BilingualSchema,
  tagline: v.optional(BilingualSchema),
  currency: Text,
  unit: Text,
  asOf: IsoDate,
  years: v.optional(
    v.pipe(
      v.array(Year),
      v.minLength(1, says('empty', {})),
      v.maxLength(64, says('too-many-items', { max: 64 })),
      v.check((years) => years.every((y, i) => i === 0 || y > (years[i - 1] as number)), says('years-not-ascending', {})),
    ),
  ),
  year: v.optional(Year),
  convention: BilingualSchema,
  focus: v.optional(Id),
  kinds: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          id: Id,
          label: BilingualSchema,
          like: v.optional(v.picklist(FLOW_KINDS, says('not-one-of', { options: FLOW_KINDS }))),
        }),
      ),
      v.maxLength(64, says('too-many-items', { max: 64 })),
    ),
  ),
  sources: v.array(SourceSchema),
});

const IdList = v.pipe(v.array(Id), v.maxLength(64, says('too-many-items', { max: 64 })));

const StepSchema = v.object({
  id: Id,
  title: BilingualSchema,
  text: BilingualSchema,
  sources: v.optional(IdList),
  state: v.optional(
    v.object({
      scenario: v.optional(Id),
      year: v.optional(Year),
      date: v.optional(IsoDate),
      values: v.optional(v.record(Id, FiniteNumber)),
      view: v.optional(v.picklist(STEP_VIEWS, says('not-one-of', { options: STEP_VIEWS }))),
      focus: v.optional(Id),
    }),
  ),
  highlight: v.optional(v.object({ entities: v.optional(IdList), flows: v.optional(IdList) })),
  annotations: v.optional(
    v.pipe(
      v.array(
        v.union(
          [v.strictObject({ entity: Id, text: BilingualSchema }), v.strictObject({ flow: Id, text: BilingualSchema })],
          says('entity-or-flow', {}),
        ),
      ),
      v.maxLength(8, says('too-many-items', { max: 8 })),
    ),
  ),
});

export const DatasetSchema = v.object({
  meta: MetaSchema,
  entities: v.pipe(
    v.array(EntitySchema),
    v.minLength(1, says('no-entities', {})),
    v.maxLength(LIMITS.entities, says('too-many', { list: 'entities', max: LIMITS.entities })),
  ),
  flows: v.pipe(v.array(FlowSchema), v.maxLength(LIMITS.flows, says('too-many', { list: 'flows', max: LIMITS.flows }))),
  parameters: v.pipe(
    v.array(ParameterSchema),
    v.maxLength(LIMITS.parameters, says('too-many', { list: 'parameters', max: LIMITS.parameters })),
  ),
  scenarios: v.pipe(v.array(ScenarioSchema), v.maxLength(LIMITS.scenarios, says('too-many', { list: 'scenarios', max: LIMITS.scenarios }))),
  story: v.optional(v.pipe(v.array(StepSchema), v.maxLength(LIMITS.steps, says('too-many', { list: 'story', max: LIMITS.steps })))),
  obligations: v.optional(
    v.pipe(v.array(ObligationSchema), v.maxLength(LIMITS.flows, says('too-many', { list: 'obligations', max: LIMITS.flows }))),
  ),
  stressTests: v.optional(
    v.pipe(v.array(StressTestSchema), v.maxLength(LIMITS.scenarios, says('too-many', { list: 'stressTests', max: LIMITS.scenarios }))),
  ),
});
