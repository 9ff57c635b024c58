// The runtime schema of the dataset format. data/capital-loop.schema.json is generated from it
// (npm run schema), so editors validate the same shape the app does.
import * as v from 'valibot';
import { LIMITS } from './limits';
import { FLOW_KINDS, PARAMETER_GROUPS, ROLES, STATUSES, type Expr } from './types';

const Id = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`),
);
const Text = v.pipe(v.string(), v.maxLength(LIMITS.textLength, `must be at most ${LIMITS.textLength} characters`));
const NonNegative = v.pipe(
  v.number('must be a number'),
  v.finite('must be a finite number'),
  v.minValue(0, 'must not be negative'),
  v.maxValue(LIMITS.maxAmount, `must be at most ${LIMITS.maxAmount}`),
);
const FiniteNumber = v.pipe(v.number('must be a number'), v.finite('must be a finite number'));

export const BilingualSchema = v.pipe(
  v.object({ en: v.optional(Text), 'zh-TW': v.optional(Text) }),
  v.check((text) => Boolean(text.en?.trim() || text['zh-TW']?.trim()), 'needs text in at least one language ("en" or "zh-TW")'),
);

export const ExprSchema: v.GenericSchema<Expr> = v.union(
  [
    NonNegative,
    v.strictObject({ param: Id }),
    v.strictObject({ oneMinus: v.lazy(() => ExprSchema) }),
    v.strictObject({ product: v.pipe(v.array(v.lazy(() => ExprSchema)), v.minLength(1), v.maxLength(16)) }),
  ],
  'must be a number ≥ 0, {"param": id}, {"oneMinus": …} or {"product": […]}',
);

const ProvenanceSchema = v.object({
  status: v.picklist(STATUSES, `must be one of: ${STATUSES.join(', ')}`),
  sources: v.optional(v.array(Id)),
  note: v.optional(Text),
});

const SourceSchema = v.object({
  id: Id,
  title: Text,
  publisher: Text,
  date: Text,
  url: Text,
});

const EntitySchema = v.object({
  id: Id,
  label: BilingualSchema,
  role: v.picklist(ROLES, `must be one of: ${ROLES.join(', ')}`),
  description: v.optional(BilingualSchema),
  owner: v.optional(Id),
});

const flowBase = {
  id: Id,
  from: Id,
  to: Id,
  kind: v.picklist(FLOW_KINDS, `must be one of: ${FLOW_KINDS.join(', ')}`),
  label: v.optional(BilingualSchema),
  provenance: ProvenanceSchema,
};

const FlowSchema = v.union(
  [v.strictObject({ ...flowBase, amount: ExprSchema }), v.strictObject({ ...flowBase, share: v.union([v.literal('rest'), ExprSchema]) })],
  'a flow needs either "amount" (money injected from outside) or "share" (of the from-entity\'s inflow), not both',
);

const ParameterSchema = v.object({
  id: Id,
  label: BilingualSchema,
  group: v.picklist(PARAMETER_GROUPS, `must be one of: ${PARAMETER_GROUPS.join(', ')}`),
  unit: v.picklist(['amount', 'share'], 'must be "amount" or "share"'),
  min: FiniteNumber,
  max: FiniteNumber,
  step: v.pipe(FiniteNumber, v.gtValue(0, 'must be greater than 0')),
  default: FiniteNumber,
  reported: v.optional(FiniteNumber),
  provenance: ProvenanceSchema,
});

const ScenarioSchema = v.object({
  id: Id,
  label: BilingualSchema,
  description: v.optional(BilingualSchema),
  values: v.record(Id, FiniteNumber),
});

const MetaSchema = v.object({
  title: BilingualSchema,
  description: BilingualSchema,
  currency: Text,
  unit: Text,
  asOf: Text,
  convention: BilingualSchema,
  focus: v.optional(Id),
  sources: v.array(SourceSchema),
});

export const DatasetSchema = v.object({
  meta: MetaSchema,
  entities: v.pipe(
    v.array(EntitySchema),
    v.minLength(1, 'needs at least one entity'),
    v.maxLength(LIMITS.entities, `at most ${LIMITS.entities} entities are supported`),
  ),
  flows: v.pipe(v.array(FlowSchema), v.maxLength(LIMITS.flows, `at most ${LIMITS.flows} flows are supported`)),
  parameters: v.pipe(v.array(ParameterSchema), v.maxLength(LIMITS.parameters, `at most ${LIMITS.parameters} parameters are supported`)),
  scenarios: v.pipe(v.array(ScenarioSchema), v.maxLength(LIMITS.scenarios, `at most ${LIMITS.scenarios} scenarios are supported`)),
});
