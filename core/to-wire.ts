import type { OzError } from './oz-error.js'
import type { OzWireOf } from './wire.js'

// Apart from wire.ts (fromWire), so that a server's bundle of `toWire` does not import neverthrow.
/**
 * The wire body of an error. `cause` is dropped: it never leaves the server.
 *
 * @example
 * JSON.stringify(toWire(OzErr.invalidValue({ details: { key_path: 'limit' } })))
 */
export const toWire = <E extends OzError>(error: E): OzWireOf<E['kind']> =>
  ({ error_code: error.code, error_message: error.message, details: error.details }) as OzWireOf<E['kind']>
