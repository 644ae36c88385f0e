/** A JSON value, as `JSON.parse` returns it. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonObject

/**
 * A JSON object. Members may be `undefined` so that interfaces with optional members extend it
 * under any `exactOptionalPropertyTypes` setting; `undefined` members are dropped on the wire.
 */
export interface JsonObject {
  readonly [key: string]: JsonValue | undefined
}

/** Nesting deeper than this is refused: no error body needs it, and it bounds the work. */
export const MAX_DEPTH = 1000
