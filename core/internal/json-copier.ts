// The JSON walker behind `fromWire` and `isOzError`: what no user imports.
import { type JsonObject, type JsonValue, MAX_DEPTH } from '../json.js'
import { describe } from './describe.js'

/** @internal Thrown inside the walkers only; `fromWire` turns it into an `err`. */
export class Fault extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message)
  }
}

/** @internal */
export const join = (path: string, key: string | number): string =>
  path === '' ? `${key}` : `${path}.${key}`

/** @internal */
export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value)
  return (proto === Object.prototype || proto === null) && !Array.isArray(value)
}

/** @internal Sets a member without ever invoking the `__proto__` setter. */
export const define = (target: Record<string, unknown>, key: string, value: unknown): void => {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  } else {
    target[key] = value
  }
}

/** @internal The scalars JSON can hold. */
export const isJsonScalar = (value: unknown): boolean =>
  typeof value === 'string' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  typeof value === 'boolean' ||
  value === null

const IN_PROGRESS = /* @__PURE__ */ Symbol('in progress')
type Copied = JsonValue | typeof IN_PROGRESS
// Containers met are scanned in a short list before a Map takes over: a body rarely has more
// than a few, and hashing an object (which stores an identity hash in it) made the Map most of
// the time of decoding one that has any.
const SHORT = 16

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
  private from: object[] | undefined
  private to: Copied[] | undefined
  private map: Map<object, Copied> | undefined
  private readonly trail: (string | number)[] = []

  /** `root` is the container whose members the caller walks, at `base`: reaching it again is a cycle. */
  constructor(
    private readonly root: object,
    private readonly base: string,
  ) {}

  /** Throws a `Fault` at the member `key` of the container being copied (or at it). */
  fail(message: string, key?: string | number): never {
    let path = this.base
    for (const step of this.trail) path = join(path, step)
    throw new Fault(message, key === undefined ? path : join(path, key))
  }

  private get(value: object): Copied | undefined {
    if (value === this.root) return IN_PROGRESS
    if (this.map !== undefined) return this.map.get(value)
    const at = this.from === undefined ? -1 : this.from.indexOf(value)
    return at < 0 ? undefined : this.to?.[at]
  }

  /** Marks `value` as being copied; the slot to settle it in, or -1 once the Map holds them. */
  private enter(value: object): number {
    if (this.map === undefined) {
      if (this.from === undefined || this.to === undefined) {
        this.from = [value]
        this.to = [IN_PROGRESS]
        return 0
      }
      if (this.from.length < SHORT) {
        this.to.push(IN_PROGRESS)
        return this.from.push(value) - 1
      }
      const to = this.to
      // `to` has an entry for every entry of `from`.
      this.map = new Map(this.from.map((key, i) => [key, to[i] as Copied]))
    }
    this.map.set(value, IN_PROGRESS)
    return -1
  }

  private settle(value: object, slot: number, copied: JsonValue): void {
    // The Map may have taken over while `value` was being copied: then it holds the entry.
    if (this.map !== undefined) this.map.set(value, copied)
    else if (this.to !== undefined) this.to[slot] = copied
  }

  /** Copies `value`, the member `key` of the container being copied, at nesting `depth`. */
  copy(value: unknown, key: string | number, depth: number): JsonValue {
    if (typeof value !== 'object' || value === null) {
      if (isJsonScalar(value)) return value as JsonValue
      this.fail(`expected a JSON value, got ${describe(value)}`, key)
    }
    const known = this.get(value)
    if (known === IN_PROGRESS) this.fail('the value contains itself (a cycle); JSON cannot', key)
    if (known !== undefined) return known
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels is refused`, key)
    const slot = this.enter(value)
    this.trail.push(key)
    const copied = Array.isArray(value) ? this.copyArray(value, depth) : this.copyObject(value, depth)
    this.trail.pop()
    this.settle(value, slot, copied)
    return copied
  }

  private copyArray(value: readonly unknown[], depth: number): JsonValue[] {
    const length = value.length
    const out = new Array<JsonValue>(length)
    for (let i = 0; i < length; i++) out[i] = this.copy(value[i], i, depth + 1)
    return out
  }

  private copyObject(value: object, depth: number): JsonObject {
    if (!isPlainObject(value)) this.fail(`expected a JSON value, got ${describe(value)}`)
    const out = { ...value }
    copyMembers(out, value, '', depth, this)
    // Every member was checked, or copied, as a JSON value just above.
    return out as JsonObject
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
    if (typeof value === 'object' && value !== null) {
      json ??= new JsonCopier(source, base)
      if (Object.hasOwn(out, key)) define(out, key, json.copy(value, key, depth + 1))
    } else if (!isJsonScalar(value) && Object.hasOwn(out, key)) {
      // A copier knows the path below `base`; at this level it is `base` itself.
      const at = json ?? new JsonCopier(source, base)
      if (value !== undefined) at.fail(`expected a JSON value, got ${describe(value)}`, key)
      delete out[key]
    }
  }
}
