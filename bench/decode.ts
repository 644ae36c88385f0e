import { fromWire } from 'oz-errors'
import { zodBody } from '../test/support/zod-body.js'
import { ajvCheck, arktypeCheck, type Check, typeboxCheck, valibotCheck } from './decode-schemas.js'
import type { Figure } from './harness.js'
import { BODIES, MASK } from './samples.js'

export const oursBatch = (n: number): number => {
  let total = 0
  for (let i = 0; i < n; i++) {
    const result = fromWire(BODIES[i & MASK])
    total += result.isOk() ? result.value.code : -1
  }
  return total
}

const zodCheck: Check = (input) => {
  const result = zodBody.safeParse(input)
  return result.success ? result.data.error_code : -1
}

// Bodies both sides must refuse, so that no baseline checks less than `fromWire` does: a wrong
// details shape first (NOT_EXIST without its resource), then the edges of each rule.
const REFUSED: readonly unknown[] = [
  { error_code: 10, error_message: 'x', details: { id: '42' } },
  { error_code: 13, error_message: 'x' },
  { error_code: 4.5, error_message: 'x' },
  { error_code: 0, error_message: 7 },
  { error_code: 0, error_message: 'x', details: [] },
  { error_code: 12, error_message: 'x', details: [] },
  { error_code: 10, error_message: 'x', details: 'folder' },
  { error_code: 12, error_message: 'x', details: { retry_after: -1 } },
  { error_code: 1, error_message: 'x', details: { method: 'PUT', allowed: ['GET', 1] } },
  { error_code: 3, error_message: 'x', details: { issues: [{ key_path: 'a' }] } },
  { error_code: 3, error_message: 'x', details: { omitted_issues: 1.5 } },
]

const checkSides = (name: string, baseline: Check): void => {
  for (const [i, input] of BODIES.entries()) {
    if (fromWire(input).isErr() || baseline(input) < 0)
      throw new Error(`${name}: body ${i} is refused by one side`)
  }
  for (const [i, input] of REFUSED.entries()) {
    if (fromWire(input).isOk()) throw new Error(`${name}: fromWire accepts refused body ${i}`)
    if (baseline(input) >= 0)
      throw new Error(`${name}: the baseline accepts refused body ${i}, so it checks less`)
  }
}

const against = (name: string, what: string, baseline: Check, target: number | undefined): Figure => ({
  name,
  target,
  ours: { batch: oursBatch },
  baseline: {
    batch: (n) => {
      let total = 0
      for (let i = 0; i < n; i++) total += baseline(BODIES[i & MASK])
      return total
    },
  },
  // `what` names the baseline in the failure, for the reader of a broken run.
  check: () => checkSides(`${name} (${what})`, baseline),
})

/** `fromWire` over a mix of kinds against the same shapes as a zod 4 discriminated union. */
export const decode: Figure = against('decode', 'zod 4', zodCheck, 3)
/** Against ajv 8: one compiled JSON Schema per code, picked by `error_code`. */
export const decodeAjv: Figure = against('decode-ajv', 'ajv 8, compiled, by code', ajvCheck, 0.6)
/** Against arktype 2: one union, discriminated on `error_code` by arktype itself. */
export const decodeArktype: Figure = against('decode-arktype', 'arktype 2', arktypeCheck, 0.6)
/** Against valibot 1: `v.variant` on `error_code`. Reported only. */
export const decodeValibot: Figure = against('decode-valibot', 'valibot 1', valibotCheck, undefined)
/** Against TypeBox's compiled checker, one per code. Reported only. */
export const decodeTypebox: Figure = against('decode-typebox', 'TypeBox compiled', typeboxCheck, undefined)
