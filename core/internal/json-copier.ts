// The JSON walker behind `fromWire` and `isOzError`: what no user imports.
import { type JsonObject, type JsonValue, MAX_DEPTH } from '../json.js'
import { describe, isPlainObject } from './describe.js'

/**
 * @internal
 * Thrown inside the walkers only; `fromWire` turns it into an `err`. Not an `Error`: it never
 * escapes, so a stack trace would only be time spent on every refused body.
 */
export class Fault {
  constructor(
    readonly message: string,
    readonly path: string,
  ) {}
}

/** @internal Throws "expected <what>, got <the value's type in words>" at `path`. */
export function expected(what: string, value: unknown, path: string): never {
  throw new Fault(`expected ${what}, got ${describe(value)}`, path)
}

/** @internal Every path joined here starts at a member of the body (`details`), so is never empty. */
export const join = (path: string, key: string | number): string => `${path}.${key}`

/** @internal The scalars JSON can hold. */
export const isJsonScalar = (value: unknown): boolean =>
  typeof value === 'string' ||
  // `Number.isFinite` is false for any non-number.
  Number.isFinite(value) ||
  typeof value === 'boolean' ||
  value === null

const IN_PROGRESS = /* @__PURE__ */ Symbol('in progress')

/**
 * @internal
 * Copies JSON values into fresh plain objects, checking every member. One copier serves a whole
 * body, so the work stays linear: a value reached twice is copied once, a value that contains
 * itself is refused, and so is nesting beyond `MAX_DEPTH`. Throws `Fault` (callers catch it).
 *
 * An object is copied by spreading it (`{ ...value }` defines `__proto__` as a plain member, so
 * no prototype is ever written, and reads each getter once) and then checked in place: far
 * cheaper than a key array and a store per member. Keys inherited from a polluted
 * `Object.prototype` show up in `for…in`; the walk acts on no key the copy does not own.
 * The path of the value being copied is kept as a trail of keys below `base`, joined only
 * for a `Fault`: a string per member was a good part of the time of copying an array.
 */
export class JsonCopier {
  // `#` names: a minifier shortens them, as it cannot shorten other property names.
  readonly #seen = new Map<object, JsonValue | typeof IN_PROGRESS>()
  readonly #trail: (string | number)[] = []
  readonly #base: string

  /** `root` is the container whose members the caller walks, at `base`: reaching it again is a cycle. */
  constructor(root: object, base: string) {
    this.#base = base
    this.#seen.set(root, IN_PROGRESS)
  }

  /** Throws a `Fault` at the member `key` of the container being copied (or at it). */
  fail(message: string, key?: string | number): never {
    throw new Fault(message, this.#trail.concat(key ?? []).reduce(join, this.#base))
  }

  /** Refuses `value`, which JSON cannot hold, at the member `key` (or at the container). */
  notJson(value: unknown, key?: string | number): never {
    return this.fail(`expected a JSON value, got ${describe(value)}`, key)
  }

  /** Copies `value`, the member `key` of the container being copied, at nesting `depth`. */
  copy(value: unknown, key: string | number, depth: number): JsonValue {
    if (typeof value !== 'object' || value === null) {
      if (isJsonScalar(value)) return value as JsonValue
      this.notJson(value, key)
    }
    const known = this.#seen.get(value)
    if (known === IN_PROGRESS) this.fail('a cycle: the value contains itself', key)
    if (known !== undefined) return known
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels is refused`, key)
    this.#seen.set(value, IN_PROGRESS)
    this.#trail.push(key)
    let copied: JsonValue
    if (Array.isArray(value)) {
      // Stryker disable next-line ArrayDeclaration: sized ahead for speed only; every index is assigned below
      const out = new Array<JsonValue>(value.length)
      for (let i = 0; i < value.length; i++) out[i] = this.copy(value[i], i, depth + 1)
      copied = out
    } else {
      if (!isPlainObject(value)) this.notJson(value)
      const out = { ...value }
      // Stryker disable next-line StringLiteral: the base is read only to make a copier, and this one is passed
      copyMembers(out, value, '', depth, this)
      // Every member was checked, or copied, as a JSON value just above.
      copied = out as JsonObject
    }
    this.#trail.pop()
    this.#seen.set(value, copied)
    return copied
  }
}

/**
 * @internal
 * Checks and copies in place the members of `out`, a fresh spread of `source` (an object at
 * `base`, nesting `depth`), as JSON values: containers are copied through `json`, made on the
 * first one met (most details have none); `undefined` members are dropped, as JSON drops them.
 */
export const copyMembers = (
  out: Record<string, unknown>,
  source: object,
  base: string,
  depth: number,
  json?: JsonCopier,
): void => {
  for (const key in out) {
    const value = out[key]
    // Most members are scalars (`null` among them): nothing to do.
    if (isJsonScalar(value)) continue
    if (typeof value === 'object') {
      json ??= new JsonCopier(source, base)
      // An own member, so a plain store: an own `__proto__` (the spread made it one) is a data
      // property, and writing it sets no prototype.
      if (Object.hasOwn(out, key)) out[key] = json.copy(value, key, depth + 1)
    } else if (Object.hasOwn(out, key)) {
      // A copier knows the path below `base`; at this level it is `base` itself.
      const at = json ?? new JsonCopier(source, base)
      if (value !== undefined) at.notJson(value, key)
      delete out[key]
    }
  }
}
