// How the details of each kind are checked and copied: the decoder's half of the details table.
import type { OzDetailsByKind } from '../details.js'
import type { JsonObject } from '../json.js'
import type { OzErrorCode, OzErrorKind } from '../kinds.js'
import { isPlainObject } from './describe.js'
import { copyMembers, expected, join } from './json-copier.js'
import { KIND_NAMES } from './kind-names.js'

// The runtime check of each listed member. The mapped type below makes a spec that disagrees
// with its interface (a member missing, or required where the interface says optional) a
// compile error.
/** @internal The runtime check of a listed member; `?` marks an optional one. */
export type Check = 'string' | 'strings' | 'seconds' | 'count' | 'issues'
type SpecOf<D> = {
  readonly [P in keyof D as string extends P ? never : P]-?: object extends Pick<D, P> ? `${Check}?` : Check
}

// By code, as `KIND_NAMES` is (the names would only cost bytes in every bundle of the decoder).
// Generic, so that TypeScript maps the tuple element by element.
type SpecsOf<T extends readonly OzErrorKind[]> = { readonly [I in keyof T]: SpecOf<OzDetailsByKind[T[I]]> }
const DETAILS_SPEC: SpecsOf<typeof KIND_NAMES> = [
  /* UNKNOWN */ {},
  /* NOT_ALLOWED */ { method: 'string', allowed: 'strings' },
  /* NOT_REALIZED */ {},
  /* INVALID_STRUCTURE */ { key_path: 'string?', issues: 'issues?', omitted_issues: 'count?' },
  /* INVALID_VALUE */ { key_path: 'string', reason: 'string?' },
  /* INVALID_TYPE */ { key_path: 'string', expected: 'string?', received: 'string?' },
  /* AUTH_NOT_PROVIDED */ {},
  /* AUTH_INVALID */ {},
  /* AUTH_EXPIRED */ { expired_at: 'string?' },
  /* AUTH_FORBIDDEN */ { required: 'strings?' },
  /* NOT_EXIST */ { resource: 'string', id: 'string?' },
  /* EXTERNAL_SERVICE */ { service: 'string', retry_after: 'seconds?' },
  /* DATABASE */ { retry_after: 'seconds?' },
]

/**
 * @internal
 * The listed members of the details of the kind of `code`, and their checks (`'string'`,
 * `'seconds?'`, …): the table the decoder runs on, for the OpenAPI adapter to build its schemas
 * from, so one table says what both accept. By code, as the table is: no kind names needed.
 */
export const detailsSpecOf = (code: OzErrorCode): Readonly<Record<string, `${Check}` | `${Check}?`>> =>
  DETAILS_SPEC[code] as Readonly<Record<string, `${Check}` | `${Check}?`>>

// A declaration, not an arrow: TypeScript narrows after a call only of a declared `never` function.
function fail(kind: string, what: string, value: unknown, path: string): never {
  expected(`${what} in ${kind} details`, value, path)
}

// Runs on the copy, after `copyMembers` made every member a fresh plain JSON value (an issue is
// then a fresh plain object, or not one at all): it only looks. Paths are joined only on failure:
// most members pass, and the string is garbage otherwise. One switch rather than a closure per
// member: a call site that reaches thirteen kinds' closures is one V8 cannot inline.
// `check` is the spec's word without its `?`: comparing interned strings is a pointer test.
const checkMember = (kind: string, check: Check, value: unknown, parent: string, key: string): void => {
  if (check === 'string') {
    if (typeof value !== 'string') fail(kind, 'a string', value, join(parent, key))
  } else if (check === 'seconds') {
    if (!(typeof value === 'number' && value >= 0)) {
      fail(kind, 'seconds (a number >= 0)', value, join(parent, key))
    }
  } else if (check === 'count') {
    if (!(Number.isSafeInteger(value) && (value as number) >= 0)) {
      fail(kind, 'a count (an integer >= 0)', value, join(parent, key))
    }
  } else {
    const strings = check === 'strings'
    if (!Array.isArray(value)) fail(kind, 'an array', value, join(parent, key))
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      if (strings ? typeof item !== 'string' : !isIssue(item)) {
        const expected = strings ? 'a string' : 'an issue (key_path and message strings)'
        fail(kind, expected, item, join(join(parent, key), i))
      }
    }
  }
}

const isIssue = (item: unknown): boolean =>
  isPlainObject(item) && typeof item.key_path === 'string' && typeof item.message === 'string'

// The listed members of each code, once, each with its check and whether it may be absent: a key
// array per decode would be garbage.
type Listed = readonly [key: string, check: Check, optional: boolean]
const LISTED: readonly (readonly Listed[])[] = /* @__PURE__ */ DETAILS_SPEC.map((spec) =>
  Object.entries(spec).map(
    ([key, check]: [string, string]): Listed => [key, check.replace('?', '') as Check, check.endsWith('?')],
  ),
)

// One spread per kind, each its own function literal. V8 keeps the object shapes it has seen per
// spread site; one site fed the shapes of all 13 kinds gives up (megamorphic) and copies about
// four times slower (issue 17's profile). A site per kind sees the one or two shapes its
// servers send. A factory would not do: closures of one literal share their feedback.
const SPREAD: readonly ((raw: object) => Record<string, unknown>)[] = [
  (raw) => ({ ...raw }),
  (raw) => ({ ...raw }),
  (raw) => ({ ...raw }),
  (raw) => ({ ...raw }),
  (raw) => ({ ...raw }),
  (raw) => ({ ...raw }),
  (raw) => ({ ...raw }),
  (raw) => ({ ...raw }),
  (raw) => ({ ...raw }),
  (raw) => ({ ...raw }),
  (raw) => ({ ...raw }),
  (raw) => ({ ...raw }),
  (raw) => ({ ...raw }),
]

// Codes 3 to 5 (INVALID_STRUCTURE, INVALID_VALUE, INVALID_TYPE) may name the field in a bare string.
const namesField = (code: number): boolean => code >= 3 && code <= 5

/**
 * @internal
 * Decodes and copies the `details` of a body of code `code`, at `path`. Absent and `null` give
 * `null`; a bare string is `{ key_path }` for the kinds that name a field (codes 3 to 5).
 * Throws `Fault`.
 */
export const decodeDetails = (code: number, raw: unknown, path: string): JsonObject | null => {
  if (raw === undefined || raw === null) return null
  if (typeof raw === 'string' && namesField(code)) return { key_path: raw }
  if (!isPlainObject(raw)) {
    const named = namesField(code) ? ', an object or a field name' : ' or an object'
    expected(`${KIND_NAMES[code]} details: null${named}`, raw, path)
  }
  // Every table here has an entry for every code the caller checked.
  const out = (SPREAD[code] as (raw: object) => Record<string, unknown>)(raw)
  copyMembers(out, raw, path, 1)
  // A member of the wrong type is named before a missing one.
  const kind = KIND_NAMES[code] as OzErrorKind
  const listed = LISTED[code] as readonly Listed[]
  let missing: string | undefined
  for (let i = 0; i < listed.length; i++) {
    const [key, check, optional] = listed[i] as Listed
    if (Object.hasOwn(out, key)) checkMember(kind, check, out[key], path, key)
    else if (!optional) missing ??= key
  }
  if (missing !== undefined) fail(kind, `"${missing}"`, undefined, join(path, missing))
  // Every member is a JSON value, and the listed ones have their types.
  return out as JsonObject
}
