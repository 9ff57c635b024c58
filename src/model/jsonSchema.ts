import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema, ExprSchema } from './schema';

/** The dataset format as JSON Schema (draft-07), for editors; generated from the runtime schema. */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DatasetSchema, {
    definitions: { Expr: ExprSchema },
    errorMode: 'ignore',
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'capital-loop.schema.json',
    title: 'Capital Loop dataset',
    description:
      "Entities and money flows of a capital loop. Amounts are in meta.unit; shares are fractions of the from-entity's inflow. Cross-references (entity, parameter and source ids) and share sums are checked by the app, not by this schema.",
  };
}
