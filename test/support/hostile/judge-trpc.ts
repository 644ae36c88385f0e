// What a tRPC answer of the hostile fixture must be: tRPC's shape, each error with our wire body
// in `data.oz` at the status of its kind, no stack (the router runs in development mode).
import { err, ok, type Result } from 'neverthrow'
import { fromWire, httpStatus, type OzError } from 'oz-errors'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

// One call's answer: a result, or an error whose oz body decodes and agrees with tRPC's members.
const judgeCall = (entry: unknown): Result<OzError | undefined, string> => {
  if (!isObject(entry)) return err('a tRPC answer that is not an object')
  if ('result' in entry && !('error' in entry)) return ok(undefined)
  const error = entry.error
  if (!isObject(error) || !isObject(error.data)) return err('a tRPC error without data')
  if ('stack' in error.data) return err('a tRPC error with a stack')
  const decoded = fromWire(error.data.oz)
  if (decoded.isErr()) return err(`a tRPC error whose data.oz fromWire refused: ${decoded.error.message}`)
  const oz = decoded.value
  if (error.message !== oz.message) return err('a tRPC error whose message is not error_message')
  if (error.data.httpStatus !== httpStatus(oz))
    return err(`${oz.kind} with data.httpStatus ${error.data.httpStatus}`)
  return ok(oz)
}

/**
 * Judges the body and status of a tRPC answer: one call at the status of its kind (200 for a
 * result), a batch at the status all its calls share, else 207. Returns the errors of ours, for
 * the headers they owe when there is one.
 */
export const judgeTRPCBody = (body: unknown, status: number): Result<readonly OzError[], string> => {
  const entries = Array.isArray(body) ? body : [body]
  if (entries.length === 0) return err('an empty tRPC batch')
  const errors: OzError[] = []
  const statuses = new Set<number>()
  for (const entry of entries) {
    const judged = judgeCall(entry)
    if (judged.isErr()) return err(judged.error)
    if (judged.value !== undefined) errors.push(judged.value)
    statuses.add(judged.value === undefined ? 200 : httpStatus(judged.value))
  }
  const wanted = statuses.size === 1 ? [...statuses][0] : 207
  return status === wanted ? ok(errors) : err(`a tRPC answer of ${wanted} sent as ${status}`)
}
