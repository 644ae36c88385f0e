import { fromResponse, fromWire, type OzError } from 'oz-errors'
import { expect } from 'vitest'

/** A clock the test moves by hand. */
export const manualClock = (start = Date.parse('2026-01-01T12:00:00Z')) => {
  let now = start
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms
    },
  }
}

export interface Decoded {
  readonly error: OzError
  readonly text: string
}

/**
 * Decodes an error response twice, as a client would (`fromResponse`) and from the raw body
 * (`fromWire`), and checks both agree and the body keeps the model's key order.
 */
export const decodeError = async (response: Response): Promise<Decoded> => {
  const text = await response.clone().text()
  const body: unknown = JSON.parse(text)
  expect(Object.keys(body as object)).toEqual(['error_code', 'error_message', 'details'])
  const wire = fromWire(body)
  const result = await fromResponse(response)
  if (wire.isErr()) throw new Error(`not an Oz body: ${wire.error.message} (${text})`)
  if (result.isOk()) throw new Error(`expected an error response, got ${response.status}`)
  expect(result.error).toEqual(wire.value)
  return { error: result.error, text }
}

export const TOKEN = 'X-Forensic-Access-Token'
