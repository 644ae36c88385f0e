import { fromWire } from 'oz-errors'
import { zodBody } from '../test/support/zod-body.js'
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

/** `fromWire` over a mix of kinds against the same shapes as a zod 4 discriminated union. */
export const decode: Figure = {
  name: 'decode',
  target: 1.5,
  ours: { batch: oursBatch },
  baseline: {
    batch: (n) => {
      let total = 0
      for (let i = 0; i < n; i++) {
        const result = zodBody.safeParse(BODIES[i & MASK])
        total += result.success ? result.data.error_code : -1
      }
      return total
    },
  },
  check: () => {
    for (const [i, input] of BODIES.entries()) {
      const ours = fromWire(input)
      const zod = zodBody.safeParse(input)
      if (ours.isErr() || !zod.success) throw new Error(`decode: body ${i} is refused by one side`)
    }
    // Both must refuse a wrong details shape, or the zod side would be checking less.
    const wrong = { error_code: 10, error_message: 'x', details: { id: '42' } }
    if (fromWire(wrong).isOk() || zodBody.safeParse(wrong).success)
      throw new Error('decode: a side accepts junk')
  },
}
