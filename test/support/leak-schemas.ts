// Schemas that transform, slice or re-encode what they check, in zod, valibot and arktype, each
// with where a marker is planted in its input (issue 11 §1). Shared by the fromIssues and the
// ozValidator properties.
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { type } from 'arktype'
import * as v from 'valibot'
import * as z from 'zod'

export interface LeakCase {
  readonly name: string
  readonly schema: StandardSchemaV1
  /** The input with the marker planted in it; it must fail the schema. */
  readonly input: (marker: string) => Record<string, unknown>
  /** The marker is 16 digits (a card number), for the schemas that make a number of it. */
  readonly digits?: boolean
  /** The marker is planted as a key: it may appear in `key_path`, and only there. */
  readonly asKey?: boolean
}

const value = (build: (m: string) => unknown) => (m: string) => ({ v: build(m) })
// A key that needs escaping next to a plain one, so that redacting one could break the other.
const escapingKey = (m: string) => ({ x: 1, [`x", "<img src=${m}>`]: 1, [m]: 1 })
const nested = (m: string) => ({ v: [[m], { [m]: m }, { deep: [{ [m]: [m] }] }] })

const zod: readonly LeakCase[] = [
  {
    name: 'trim, toLowerCase, email',
    schema: z.object({ v: z.string().trim().toLowerCase().email() }),
    input: value((m) => `  ${m.toUpperCase()}  `),
  },
  {
    name: 'normalize, min',
    schema: z.object({ v: z.string().normalize().min(100) }),
    input: value((m) => m),
  },
  {
    name: 'transform(Number), max',
    schema: z.object({ v: z.string().transform(Number).pipe(z.number().max(5)) }),
    input: value((m) => m),
    digits: true,
  },
  {
    name: 'coerce.number, max',
    schema: z.object({ v: z.coerce.number().max(5) }),
    input: value((m) => m),
    digits: true,
  },
  { name: 'startsWith', schema: z.object({ v: z.string().startsWith('abcd') }), input: value((m) => m) },
  { name: 'endsWith', schema: z.object({ v: z.string().endsWith('abcd') }), input: value((m) => m) },
  { name: 'enum', schema: z.object({ v: z.enum(['asc', 'desc']) }), input: value((m) => m) },
  {
    name: 'number, in nested arrays and objects',
    schema: z.object({ v: z.array(z.number()) }),
    input: nested,
  },
  {
    name: 'union',
    schema: z.object({ v: z.union([z.number(), z.boolean()]) }),
    input: value((m) => ({ [m]: [m] })),
  },
  {
    name: 'a custom message quoting the input',
    schema: z.object({
      v: z.string().superRefine((s, ctx) => ctx.addIssue({ code: 'custom', message: `bad ${s}` })),
    }),
    input: value((m) => m),
  },
  {
    name: 'an error map quoting the input',
    schema: z.object({ v: z.number({ error: (issue) => `got ${String(issue.input)}` }) }),
    input: value((m) => m),
  },
  {
    name: 'strictObject, unknown keys',
    schema: z.strictObject({ x: z.number() }),
    input: escapingKey,
    asKey: true,
  },
  {
    name: 'record, rejected keys',
    schema: z.record(z.string().regex(/^[a-z]$/), z.number()),
    input: (m) => ({ [m]: m }),
    asKey: true,
  },
]

const valibot: readonly LeakCase[] = [
  {
    name: 'trim, toLowerCase, email',
    schema: v.object({ v: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email()) }),
    input: value((m) => `  ${m.toUpperCase()}  `),
  },
  {
    name: 'normalize, minLength',
    schema: v.object({ v: v.pipe(v.string(), v.normalize(), v.minLength(100)) }),
    input: value((m) => m),
  },
  {
    name: 'transform(Number), maxValue',
    schema: v.object({ v: v.pipe(v.string(), v.transform(Number), v.maxValue(5)) }),
    input: value((m) => m),
    digits: true,
  },
  {
    name: 'toNumber, maxValue',
    schema: v.object({ v: v.pipe(v.string(), v.toNumber(), v.maxValue(5)) }),
    input: value((m) => m),
    digits: true,
  },
  {
    name: 'startsWith',
    schema: v.object({ v: v.pipe(v.string(), v.startsWith('abcd')) }),
    input: value((m) => m),
  },
  {
    name: 'endsWith',
    schema: v.object({ v: v.pipe(v.string(), v.endsWith('abcd')) }),
    input: value((m) => m),
  },
  {
    name: 'parseJson',
    schema: v.object({ v: v.pipe(v.string(), v.parseJson()) }),
    input: value((m) => `{"a": ${m}`),
  },
  { name: 'picklist', schema: v.object({ v: v.picklist(['asc', 'desc']) }), input: value((m) => m) },
  {
    name: 'number, in nested arrays and objects',
    schema: v.object({ v: v.array(v.number()) }),
    input: nested,
  },
  {
    name: 'a custom message quoting the input',
    schema: v.object({
      v: v.pipe(
        v.string(),
        v.check(
          () => false,
          (issue) => `bad ${String(issue.input)}`,
        ),
      ),
    }),
    input: value((m) => m),
  },
  {
    name: 'rawCheck writing the input into expected and received',
    schema: v.object({
      v: v.pipe(
        v.string(),
        v.rawCheck(
          ({ dataset, addIssue }) =>
            dataset.typed &&
            addIssue({ expected: dataset.value, received: dataset.value, message: dataset.value }),
        ),
      ),
    }),
    input: value((m) => m),
  },
  {
    name: 'strictObject, unknown keys',
    schema: v.strictObject({ x: v.number() }),
    input: escapingKey,
    asKey: true,
  },
  {
    name: 'record, rejected keys',
    schema: v.record(v.pipe(v.string(), v.regex(/^[a-z]$/)), v.number()),
    input: (m) => ({ [m]: m }),
    asKey: true,
  },
]

const arktype: readonly LeakCase[] = [
  {
    name: 'string.trim to email',
    schema: type({ v: type('string.trim').to('string.email') }),
    input: value((m) => `  ${m}  `),
  },
  {
    name: 'string.lower to a literal',
    schema: type({ v: type('string.lower').to("'x'") }),
    input: value((m) => m.toUpperCase()),
  },
  {
    name: 'string.numeric.parse to a bound',
    schema: type({ v: type('string.numeric.parse').to('number < 5') }),
    input: value((m) => m),
    digits: true,
  },
  { name: 'string.json.parse', schema: type({ v: 'string.json.parse' }), input: value((m) => `{"a": ${m}`) },
  { name: 'a literal union', schema: type({ v: "'asc' | 'desc'" }), input: value((m) => m) },
  { name: 'number, in nested arrays and objects', schema: type({ v: 'number[]' }), input: nested },
  {
    name: 'a nested value where a number goes',
    schema: type({ v: 'number' }),
    input: value((m) => [{ [m]: m }]),
  },
  {
    name: 'a narrow quoting the input',
    schema: type({ v: type('string').narrow((s, ctx) => ctx.mustBe(`not ${s}`)) }),
    input: value((m) => m),
  },
  {
    name: 'a configured message quoting the input',
    schema: type({ v: type('number').configure({ message: (ctx) => `bad ${String(ctx.data)}` }) }),
    input: value((m) => m),
  },
  {
    name: 'undeclared keys rejected',
    schema: type({ '+': 'reject', x: 'number' }),
    input: escapingKey,
    asKey: true,
  },
]

/** Every case, named by its library. */
export const LEAK_CASES: ReadonlyArray<readonly [string, LeakCase]> = [
  ...zod.map((c) => [`zod ${c.name}`, c] as const),
  ...valibot.map((c) => [`valibot ${c.name}`, c] as const),
  ...arktype.map((c) => [`arktype ${c.name}`, c] as const),
]
