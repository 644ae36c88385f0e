import { z } from 'zod'

// The zod baseline of the decode figure, and the independent oracle of the hostile tests. It
// accepts what `fromWire` accepts: each kind's listed members checked, extra members let
// through (loose), details null or absent, and a bare string for codes 3 to 5. If anything it
// checks less: extra members pass unexamined, where `fromWire` copies them deep
// and refuses what is not JSON (cycles, non-finite numbers, class instances).
const open = z.looseObject({}).nullish()
const seconds = z.number().nonnegative().optional()
const fieldNamed = <T extends z.ZodRawShape>(shape: T) =>
  z.union([z.string(), z.looseObject(shape)]).nullish()
const body = <C extends number, D extends z.ZodType>(code: C, details: D) =>
  z.looseObject({ error_code: z.literal(code), error_message: z.string(), details })

export const zodBody = z.discriminatedUnion('error_code', [
  body(0, open),
  body(1, z.looseObject({ method: z.string(), allowed: z.array(z.string()) }).nullish()),
  body(2, open),
  body(
    3,
    fieldNamed({
      key_path: z.string().optional(),
      issues: z.array(z.looseObject({ key_path: z.string(), message: z.string() })).optional(),
      omitted_issues: z.int().nonnegative().optional(),
    }),
  ),
  body(4, fieldNamed({ key_path: z.string(), reason: z.string().optional() })),
  body(
    5,
    fieldNamed({ key_path: z.string(), expected: z.string().optional(), received: z.string().optional() }),
  ),
  body(6, open),
  body(7, open),
  body(8, z.looseObject({ expired_at: z.string().optional() }).nullish()),
  body(9, z.looseObject({ required: z.array(z.string()).optional() }).nullish()),
  body(10, z.looseObject({ resource: z.string(), id: z.string().optional() }).nullish()),
  body(11, z.looseObject({ service: z.string(), retry_after: seconds }).nullish()),
  body(12, z.looseObject({ retry_after: seconds }).nullish()),
])
