/**
 * @internal
 * A value's type in words, for the reasons a decoder gives. It never prints the value itself:
 * what a decoder is handed may be a foreign server's secret or a client's input.
 */
export const describe = (value: unknown): string => {
  if (value === null) return 'null'
  if (value === undefined) return 'none'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : 'a non-finite number'
  if (typeof value !== 'object') return `a ${typeof value}`
  return isPlainObject(value) ? 'an object' : 'a class instance'
}

/** @internal An object as JSON makes one: its prototype `Object.prototype` or `null`, not an array. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value)
  return (proto === Object.prototype || proto === null) && !Array.isArray(value)
}
