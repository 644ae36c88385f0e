// The validators the decode figures time `fromWire` against, each written to accept exactly
// the bodies `fromWire` accepts (over JSON input): an integer `error_code` from 0 to 12, a
// string `error_message`, extra top-level members ignored; `details` absent, `null` or an
// object (not an array) whose listed members have their types and whose extra members pass;
// for codes 3 to 5 also a bare string. `checkBaseline` (decode.ts) proves it before timing.
import { type TSchema, Type } from '@sinclair/typebox'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import { Ajv } from 'ajv'
import { type } from 'arktype'
import * as v from 'valibot'

/** One validator's answer to "is this a body of the model?", plus its code for the checksum. */
export type Check = (input: unknown) => number

// ---- TypeBox: one compiled checker per code ----

const str = Type.String()
const strs = Type.Array(str)
const seconds = Type.Number({ minimum: 0 })
const count = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })
const issue = Type.Object({ key_path: str, message: str })
const obj = (members: Parameters<typeof Type.Object>[0]) => Type.Object(members)
const DETAILS: readonly TSchema[] = [
  obj({}),
  obj({ method: str, allowed: strs }),
  obj({}),
  obj({
    key_path: Type.Optional(str),
    issues: Type.Optional(Type.Array(issue)),
    omitted_issues: Type.Optional(count),
  }),
  obj({ key_path: str, reason: Type.Optional(str) }),
  obj({ key_path: str, expected: Type.Optional(str), received: Type.Optional(str) }),
  obj({}),
  obj({}),
  obj({ expired_at: Type.Optional(str) }),
  obj({ required: Type.Optional(strs) }),
  obj({ resource: str, id: Type.Optional(str) }),
  obj({ service: str, retry_after: Type.Optional(seconds) }),
  obj({ retry_after: Type.Optional(seconds) }),
]
const NAMES_FIELD = new Set([3, 4, 5])

const jsonBody = (code: number, details: TSchema) =>
  Type.Object({
    error_code: Type.Literal(code),
    error_message: str,
    details: Type.Optional(
      NAMES_FIELD.has(code) ? Type.Union([Type.Null(), str, details]) : Type.Union([Type.Null(), details]),
    ),
  })
const JSON_BODIES = DETAILS.map((details, code) => jsonBody(code, details))

// Both are dispatched by `error_code`, as a hand-written client would: one compiled check per code.
const dispatch = (byCode: readonly ((input: unknown) => boolean)[]): Check => {
  return (input) => {
    if (typeof input !== 'object' || input === null) return -1
    const code = (input as { error_code?: unknown }).error_code
    const check = typeof code === 'number' ? byCode[code] : undefined
    return check?.(input) === true ? (code as number) : -1
  }
}

// ajv gets the JSON Schema a person would write for it: details as `type: [object, null]`
// (`properties` and `required` bind objects only), no `anyOf` whose failed branches cost errors.
const AJV_DETAILS: readonly [required: string[], properties: Record<string, object>][] = [
  [[], {}],
  [
    ['method', 'allowed'],
    { method: { type: 'string' }, allowed: { type: 'array', items: { type: 'string' } } },
  ],
  [[], {}],
  [
    [],
    {
      key_path: { type: 'string' },
      issues: {
        type: 'array',
        items: {
          type: 'object',
          required: ['key_path', 'message'],
          properties: { key_path: { type: 'string' }, message: { type: 'string' } },
        },
      },
      omitted_issues: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    },
  ],
  [['key_path'], { key_path: { type: 'string' }, reason: { type: 'string' } }],
  [
    ['key_path'],
    { key_path: { type: 'string' }, expected: { type: 'string' }, received: { type: 'string' } },
  ],
  [[], {}],
  [[], {}],
  [[], { expired_at: { type: 'string' } }],
  [[], { required: { type: 'array', items: { type: 'string' } } }],
  [['resource'], { resource: { type: 'string' }, id: { type: 'string' } }],
  [['service'], { service: { type: 'string' }, retry_after: { type: 'number', minimum: 0 } }],
  [[], { retry_after: { type: 'number', minimum: 0 } }],
]
const ajv = new Ajv({ allowUnionTypes: true })
export const ajvCheck: Check = dispatch(
  AJV_DETAILS.map(([required, properties], code) =>
    ajv.compile({
      type: 'object',
      required: ['error_code', 'error_message'],
      properties: {
        error_code: { const: code },
        error_message: { type: 'string' },
        details: {
          type: NAMES_FIELD.has(code) ? ['object', 'null', 'string'] : ['object', 'null'],
          required,
          properties,
        },
      },
    }),
  ),
)

export const typeboxCheck: Check = dispatch(
  JSON_BODIES.map((schema) => {
    const compiled = TypeCompiler.Compile(schema)
    return (input: unknown) => compiled.Check(input)
  }),
)

// ---- arktype 2: one discriminated union, which arktype compiles into a switch on error_code ----

// arktype's and valibot's objects take arrays too; fromWire refuses an array for details.
const notArray = (value: unknown): boolean => !Array.isArray(value)
// `type.raw` skips arktype's type-level parse of the definitions: only the run-time check is timed.
const arkObj = (members: Record<string, unknown>) => type.raw(members).narrow(notArray)
const arkIssues = type.raw({ key_path: 'string', message: 'string' }).array()
const ARK_DETAILS = [
  arkObj({}),
  arkObj({ method: 'string', allowed: 'string[]' }),
  arkObj({}),
  arkObj({
    'key_path?': 'string',
    'issues?': arkIssues,
    'omitted_issues?': '0 <= number.integer <= 9007199254740991',
  }),
  arkObj({ key_path: 'string', 'reason?': 'string' }),
  arkObj({ key_path: 'string', 'expected?': 'string', 'received?': 'string' }),
  arkObj({}),
  arkObj({}),
  arkObj({ 'expired_at?': 'string' }),
  arkObj({ 'required?': 'string[]' }),
  arkObj({ resource: 'string', 'id?': 'string' }),
  arkObj({ service: 'string', 'retry_after?': 'number >= 0' }),
  arkObj({ 'retry_after?': 'number >= 0' }),
]
const arkBody = ARK_DETAILS.map((details, code) =>
  type.raw({
    error_code: type.unit(code),
    error_message: 'string',
    'details?': NAMES_FIELD.has(code) ? details.or('string').or('null') : details.or('null'),
  }),
).reduce((union, body) => union.or(body))
export const arktypeCheck: Check = (input) => {
  const out: unknown = arkBody(input)
  return out instanceof type.errors ? -1 : (out as { error_code: number }).error_code
}

// ---- valibot 1: a variant (discriminated union) on error_code ----

const vStr = v.string()
// Checked before the object schema: valibot's looseObject hands on a copy, never the array.
const vObj = <const T extends v.ObjectEntries>(entries: T) =>
  v.pipe(v.custom<object>(notArray), v.looseObject(entries))
const vSeconds = v.pipe(v.number(), v.minValue(0))
const V_DETAILS = [
  vObj({}),
  vObj({ method: vStr, allowed: v.array(vStr) }),
  vObj({}),
  vObj({
    key_path: v.optional(vStr),
    issues: v.optional(v.array(v.looseObject({ key_path: vStr, message: vStr }))),
    omitted_issues: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
  }),
  vObj({ key_path: vStr, reason: v.optional(vStr) }),
  vObj({ key_path: vStr, expected: v.optional(vStr), received: v.optional(vStr) }),
  vObj({}),
  vObj({}),
  vObj({ expired_at: v.optional(vStr) }),
  vObj({ required: v.optional(v.array(vStr)) }),
  vObj({ resource: vStr, id: v.optional(vStr) }),
  vObj({ service: vStr, retry_after: v.optional(vSeconds) }),
  vObj({ retry_after: v.optional(vSeconds) }),
]
const vBody = v.variant(
  'error_code',
  V_DETAILS.map((details, code) =>
    v.looseObject({
      error_code: v.literal(code),
      error_message: vStr,
      details: v.nullish(NAMES_FIELD.has(code) ? v.union([vStr, details]) : details),
    }),
  ),
)
export const valibotCheck: Check = (input) => {
  const out = v.safeParse(vBody, input)
  return out.success ? out.output.error_code : -1
}
