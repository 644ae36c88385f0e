import { err, ok, type Result } from 'neverthrow'
import { httpStatus, OzErr, type OzError, toWire } from 'oz-errors'

const page = (limit: number): Result<{ limit: number }, OzError> =>
  limit > 100
    ? err(OzErr.invalidValue({ details: { key_path: 'limit', reason: 'at most 100' } }))
    : ok({ limit })

page(1000).match(
  (value) => console.log(value),
  (error) => console.log(httpStatus(error), JSON.stringify(toWire(error))),
)
// 400 {"error_code":4,"error_message":"Incorrect value of the parameter inside request body or query","details":{"key_path":"limit","reason":"at most 100"}}
