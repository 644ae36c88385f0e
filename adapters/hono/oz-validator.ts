import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { Env, Input, MiddlewareHandler, ValidationTargets } from 'hono'
import { type InferInput, validator } from 'hono/validator'
import { type FromIssuesOptions, fromIssues, type OzErrorOf } from '../../core/index.js'
import type { OzErrorResponse } from './error-response.js'
import { contextResponse } from './internal/context-response.js'
import type { RenderOptions } from './render-options.js'

/** The input and output types `ozValidator` adds to a route, as Hono's validators do. */
export interface OzValidatorInput<Target extends keyof ValidationTargets, In, Out> {
  in: { [K in Target]: K extends 'json' ? In : InferInput<In, K> }
  out: { [K in Target]: Out }
}

/** Options of `ozValidator`: those of `fromIssues` and the render options (`format`, …). */
export interface OzValidatorOptions extends FromIssuesOptions, RenderOptions {}

/**
 * A validator for any Standard Schema (zod, valibot, arktype, …) on Hono's `validator`:
 * `c.req.valid(target)` is the schema's output; a failure is `INVALID_STRUCTURE` 400 with
 * `details.issues` (dotted `key_path`s), as `fromIssues` builds it: messages say what the schema
 * expected and never carry what the client sent, at most `maxIssues` (default 100) are listed,
 * and `details.omitted_issues` counts the rest. `trustSchemaMessages: true` sends the schema's
 * own messages instead (they may quote the input). `format` picks the body (see `OzFormat`). A malformed JSON body is Hono's
 * `HTTPException` 400, which `errorHandler` renders as `INVALID_STRUCTURE`.
 *
 * @example
 * app.post('/folders', ozValidator('json', z.object({ name: z.string() }), { maxIssues: 20 }), (c) => c.json(c.req.valid('json'), 201))
 */
export const ozValidator = <
  Target extends keyof ValidationTargets,
  Schema extends StandardSchemaV1,
  E extends Env = Env,
  P extends string = string,
  I extends Input = OzValidatorInput<
    Target,
    StandardSchemaV1.InferInput<Schema>,
    StandardSchemaV1.InferOutput<Schema>
  >,
>(
  target: Target,
  schema: Schema,
  /** Those of `fromIssues`, applied to every failure, and how the failure is rendered. */
  options?: OzValidatorOptions,
): MiddlewareHandler<E, P, I, OzErrorResponse<OzErrorOf<'INVALID_STRUCTURE'>>> =>
  // Hono's validator infers its types from the callback, which sees the value as unknown; the
  // schema's types are those declared above.
  validator(target, async (value, c) => {
    const result = await schema['~standard'].validate(value)
    if (result.issues === undefined) return result.value
    return contextResponse(c, fromIssues(result.issues, options), options)
  }) as unknown as MiddlewareHandler<E, P, I, OzErrorResponse<OzErrorOf<'INVALID_STRUCTURE'>>>
