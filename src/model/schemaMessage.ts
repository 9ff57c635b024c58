import type { Problem, ProblemCode, ProblemParams } from './problems';

// valibot messages are strings, so a schema's own problems travel in them as JSON of a code and
// its params; validate.ts reads them back. valibot's own messages are English prose, never JSON.
const MARK = '{"code":';

/** A schema message that names a problem code instead of wording it. */
export function schemaMessage<C extends ProblemCode>(code: C, params: ProblemParams[C]): string {
  return JSON.stringify({ code, params });
}

/** The problem a schema message names, or undefined for valibot's own messages. */
export function readSchemaMessage(message: string): Problem | undefined {
  return message.startsWith(MARK) ? (JSON.parse(message) as Problem) : undefined;
}
