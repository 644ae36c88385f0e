/**
 * @internal
 * A value's type in words, for the reasons a decoder gives. It never prints the value itself:
 * what a decoder is handed may be a foreign server's secret or a client's input.
 */
export const describe = (value: unknown): string => {
  if (value === null) return 'null'
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : 'a non-finite number'
  if (typeof value !== 'object') return `a ${typeof value}`
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null ? 'an object' : 'an object that is not plain JSON'
}
