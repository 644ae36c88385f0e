/**
 * Error bodies as clients receive them, one per kind and then some: details absent, null, open
 * objects with extra members, the bare-string form real servers send for codes 3 to 5. Parsed
 * once from text, as `response.json()` would hand them over.
 */
const TEXTS: readonly string[] = [
  '{"error_code":0,"error_message":"Unknown server side error occurred","details":null}',
  '{"error_code":1,"error_message":"An unallowed method is called","details":{"method":"PATCH","allowed":["GET","PUT"]}}',
  '{"error_code":2,"error_message":"The method is documented but is not realized"}',
  '{"error_code":3,"error_message":"Incorrect structure of request","details":{"issues":[{"key_path":"items.0.name","message":"required"},{"key_path":"limit","message":"expected a number"}]}}',
  '{"error_code":4,"error_message":"Incorrect value of the parameter inside request body or query","details":{"key_path":"limit","reason":"at most 100"}}',
  '{"error_code":5,"error_message":"The invalid data type of the request parameter","details":"offset"}',
  '{"error_code":6,"error_message":"Access token not specified","details":null}',
  '{"error_code":7,"error_message":"The access token does not exist in the database","details":null}',
  '{"error_code":8,"error_message":"Auth token is expired","details":{"expired_at":"2026-01-01T00:00:00Z"}}',
  '{"error_code":9,"error_message":"Access denied for the current user","details":{"required":["admin"]}}',
  '{"error_code":10,"error_message":"The requested resource is not found","details":{"resource":"folder","id":"42","trace":"a1b2"}}',
  '{"error_code":11,"error_message":"Error in the external information system","details":{"service":"engine","retry_after":30}}',
  '{"error_code":12,"error_message":"Critical database error on the server host","details":{"retry_after":5}}',
  '{"error_code":4,"error_message":"Incorrect value of the parameter inside request body or query","details":"limit"}',
  '{"error_code":10,"error_message":"The requested resource is not found","details":{"resource":"file"}}',
  '{"error_code":5,"error_message":"The invalid data type of the request parameter","details":{"key_path":"offset","expected":"integer","received":"string"}}',
]

export const BODIES: readonly unknown[] = TEXTS.map((text): unknown => JSON.parse(text))

/** `BODIES.length - 1`, for indexing with a mask; the length is a power of two. */
export const MASK = BODIES.length - 1
if ((BODIES.length & MASK) !== 0) throw new Error('bench/samples: keep the number of bodies a power of two')
