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
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** @internal Sets a member without ever invoking the `__proto__` setter. */
export const define = (target: Record<string, unknown>, key: string, value: unknown): void => {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  } else {
    target[key] = value
  }
}

const IN_PROGRESS = /* @__PURE__ */ Symbol('in progress')

const copyScalar = (value: unknown, path: string): JsonValue => {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number' && Number.isFinite(value)) return value
  throw new Fault(`expected a JSON value, got ${describe(value)}`, path)
}

/**
 * @internal
 * Copies JSON values into fresh plain objects, checking every member. One copier serves a whole
 * body, so the work stays linear: a value reached twice is copied once, a value that contains
 * itself is refused, and so is nesting beyond `MAX_DEPTH`. Throws `Fault` (callers catch it).
 */
export class JsonCopier {
  // Made on the first object copied: most bodies have none, and a Map made per decode was
  // about a tenth of fromWire's time. Until then, the one container entered waits here.
  private seen: Map<object, JsonValue | typeof IN_PROGRESS> | undefined
  private entered: object | undefined

  /** Marks a container whose members the caller walks itself: reaching it again is a cycle. */
  enter(container: object): void {
    if (this.seen === undefined && this.entered === undefined) this.entered = container
    else this.map().set(container, IN_PROGRESS)
  }

  private map(): Map<object, JsonValue | typeof IN_PROGRESS> {
    this.seen ??= new Map(this.entered === undefined ? [] : [[this.entered, IN_PROGRESS]])
    return this.seen
  }

  copy(value: unknown, path: string, depth: number): JsonValue {
    if (typeof value !== 'object' || value === null) return copyScalar(value, path)
    const seen = this.map()
    const known = seen.get(value)
    if (known === IN_PROGRESS) throw new Fault('the value contains itself (a cycle); JSON cannot', path)
    if (known !== undefined) return known
    if (depth > MAX_DEPTH) throw new Fault(`nesting deeper than ${MAX_DEPTH} levels is refused`, path)
    seen.set(value, IN_PROGRESS)
    const copied = Array.isArray(value)
      ? this.copyArray(value, path, depth)
      : this.copyObject(value, path, depth)
    seen.set(value, copied)
    return copied
  }

  private copyArray(value: readonly unknown[], path: string, depth: number): JsonValue[] {
    const length = value.length
    const out = new Array<JsonValue>(length)
    for (let i = 0; i < length; i++) out[i] = this.copy(value[i], join(path, i), depth + 1)
    return out
  }

  private copyObject(value: object, path: string, depth: number): JsonObject {
    if (!isPlainObject(value)) throw new Fault(`expected a JSON value, got ${describe(value)}`, path)
    const out: Record<string, JsonValue> = {}
    for (const key of Object.keys(value)) {
      const member = value[key]
      if (member !== undefined) define(out, key, this.copy(member, join(path, key), depth + 1))
    }
    return out
  }
}
