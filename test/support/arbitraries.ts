// fast-check arbitraries over the whole model: every kind, every details shape (listed members
// present or not, extra members of any JSON value), custom and Unicode messages.
import fc from 'fast-check'
import { type JsonValue, OZ_ERROR_KINDS, OZ_KINDS, type OzError, type OzErrorKind, ozError } from 'oz-errors'

const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }))
const seconds = fc.oneof(
  fc.nat(86_400),
  fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
)
// jsonValue can give -0, which JSON itself cannot carry (it prints as 0): take values as JSON has them.
const json = fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.parse(JSON.stringify(value)) as JsonValue)
const issue = fc.record({ key_path: text, message: text }, { noNullPrototype: true })

type Members = Record<string, fc.Arbitrary<JsonValue>>
// What each kind lists, and whether the member is required.
const LISTED: Record<OzErrorKind, { required: Members; optional: Members }> = {
  UNKNOWN: { required: {}, optional: {} },
  NOT_ALLOWED: { required: { method: text, allowed: fc.array(text, { maxLength: 4 }) }, optional: {} },
  NOT_REALIZED: { required: {}, optional: {} },
  INVALID_STRUCTURE: {
    required: {},
    optional: { key_path: text, issues: fc.array(issue, { maxLength: 3 }), omitted_issues: fc.nat() },
  },
  INVALID_VALUE: { required: { key_path: text }, optional: { reason: text } },
  INVALID_TYPE: { required: { key_path: text }, optional: { expected: text, received: text } },
  AUTH_NOT_PROVIDED: { required: {}, optional: {} },
  AUTH_INVALID: { required: {}, optional: {} },
  AUTH_EXPIRED: { required: {}, optional: { expired_at: text } },
  AUTH_FORBIDDEN: { required: {}, optional: { required: fc.array(text, { maxLength: 3 }) } },
  NOT_EXIST: { required: { resource: text }, optional: { id: text } },
  EXTERNAL_SERVICE: { required: { service: text }, optional: { retry_after: seconds } },
  DATABASE: { required: {}, optional: { retry_after: seconds } },
}

export const listedMembers = (kind: OzErrorKind): string[] => [
  ...Object.keys(LISTED[kind].required),
  ...Object.keys(LISTED[kind].optional),
]

/** A details object of `kind`: listed members (optional ones maybe absent) plus extra members. */
export const detailsOf = (kind: OzErrorKind): fc.Arbitrary<Record<string, JsonValue>> => {
  const { required, optional } = LISTED[kind]
  const listed = fc.record(
    { ...required, ...optional },
    { requiredKeys: Object.keys(required), noNullPrototype: true },
  )
  const extraKey = text.filter((key) => !listedMembers(kind).includes(key))
  const extra = fc.dictionary(extraKey, json, { maxKeys: 3, noNullPrototype: true })
  return fc.tuple(listed, extra).map(([own, more]) => ({ ...more, ...own }))
}

export const kindArb: fc.Arbitrary<OzErrorKind> = fc.constantFrom(...OZ_ERROR_KINDS)

/** Any `OzError` without a cause. */
export const ozErrorArb: fc.Arbitrary<OzError> = kindArb.chain((kind) =>
  fc
    .record(
      { message: fc.option(text, { nil: undefined }), details: fc.option(detailsOf(kind), { nil: null }) },
      { noNullPrototype: true },
    )
    .map(({ message, details }) => {
      // `ozError` is generic in the kind; the arbitrary built the details for this very kind.
      const init = message === undefined ? { details } : { details, message }
      return ozError(kind, init as Parameters<typeof ozError>[1]) as OzError
    }),
)

/**
 * A body that servers of this model send, valid but not always canonical: details absent,
 * `null`, an object with extras or, for codes 3 to 5, a bare string; extra top-level members.
 */
export const validBodyArb: fc.Arbitrary<Record<string, unknown>> = kindArb.chain((kind) => {
  const code = OZ_KINDS[kind].code
  const bare = listedMembers(kind).includes('key_path') && LISTED[kind].required.key_path !== undefined
  const details = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    detailsOf(kind),
    ...(bare || kind === 'INVALID_STRUCTURE' ? [text] : []),
  )
  const extraTop = fc.dictionary(
    text.filter((key) => !['error_code', 'error_message', 'details'].includes(key)),
    json,
    { maxKeys: 2, noNullPrototype: true },
  )
  return fc.record({ details, message: text, extraTop }).map(({ details, message, extraTop }) => {
    const body: Record<string, unknown> = { ...extraTop, error_code: code, error_message: message }
    if (details !== undefined) body.details = details
    return body
  })
})
