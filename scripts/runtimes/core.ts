// The core entry point as a user calls it: every constructor inside neverthrow's `err()`, its
// status, its wire round trip, and `fromResponse` on real `Response`s. The expectations are the
// contract's table, written out here rather than read from the library.
import { err, Ok } from 'neverthrow'
import { fromResponse, fromWire, httpHeaders, httpStatus, OzErr, type OzError, toWire } from 'oz-errors'
import { assert, type Check, equal } from './harness.js'

type Constructor = keyof typeof OzErr

const TABLE: readonly (readonly [Constructor, string, number, number, string])[] = [
  ['unknown', 'UNKNOWN', 0, 500, 'Unknown server side error occurred'],
  ['notAllowed', 'NOT_ALLOWED', 1, 405, 'An unallowed method is called'],
  ['notRealized', 'NOT_REALIZED', 2, 501, 'The method is documented but is not realized'],
  ['invalidStructure', 'INVALID_STRUCTURE', 3, 400, 'Incorrect structure of request'],
  ['invalidValue', 'INVALID_VALUE', 4, 400, 'Incorrect value of the parameter inside request body or query'],
  ['invalidType', 'INVALID_TYPE', 5, 400, 'The invalid data type of the request parameter'],
  ['authNotProvided', 'AUTH_NOT_PROVIDED', 6, 401, 'Access token not specified'],
  ['authInvalid', 'AUTH_INVALID', 7, 401, 'The access token does not exist in the database'],
  ['authExpired', 'AUTH_EXPIRED', 8, 401, 'Auth token is expired'],
  ['authForbidden', 'AUTH_FORBIDDEN', 9, 403, 'Access denied for the current user'],
  ['notExist', 'NOT_EXIST', 10, 404, 'The requested resource is not found'],
  ['externalService', 'EXTERNAL_SERVICE', 11, 502, 'Error in the external information system'],
  ['database', 'DATABASE', 12, 503, 'Critical database error on the server host'],
]

// One error of each kind with details filled in, as a server would build them.
const SAMPLES: readonly OzError[] = [
  OzErr.unknown({ details: { trace_id: 'abc' } }),
  OzErr.notAllowed({ details: { method: 'DELETE', allowed: ['GET', 'POST'] } }),
  OzErr.notRealized({ message: 'Exports are coming' }),
  OzErr.invalidStructure({ details: { issues: [{ key_path: 'items.0.name', message: 'Required' }] } }),
  OzErr.invalidValue({ details: { key_path: 'limit', reason: 'too large' } }),
  OzErr.invalidType({ details: { key_path: 'offset', expected: 'number', received: 'string' } }),
  OzErr.authNotProvided(),
  OzErr.authInvalid(),
  OzErr.authExpired({ details: { expired_at: '2024-01-01T00:00:00Z' } }),
  OzErr.authForbidden({ details: { required: ['admin'] } }),
  OzErr.notExist({ details: { resource: 'folder', id: '7' } }),
  OzErr.externalService({ details: { service: 'billing', retry_after: 30 } }),
  OzErr.database({ details: { retry_after: 1.5 } }),
]

// The status text is given: runtimes differ in the one they fill in (workerd fills in 'Bad Gateway' where Node leaves '').
const json = (body: unknown, status: number, type = 'application/json'): Response =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    statusText: `Status ${status}`,
    headers: { 'content-type': type },
  })

export const coreChecks: readonly Check[] = [
  [
    'core: the 13 constructors inside err() give kind, code, default message and httpStatus',
    () => {
      for (const [name, kind, code, status, message] of TABLE) {
        const result = err(OzErr[name]())
        assert(result.isErr(), `${name}: err() is not an Err`)
        const error = result.error
        equal([error.kind, error.code, error.message, httpStatus(error)], [kind, code, message, status], name)
      }
      equal(Object.keys(OzErr).sort(), TABLE.map(([name]) => name).sort(), 'the constructors')
    },
  ],
  [
    'core: every kind survives a JSON round trip of its wire body, in key order',
    () => {
      for (const error of SAMPLES) {
        const wire = toWire(error)
        equal(Object.keys(wire), ['error_code', 'error_message', 'details'], `${error.kind} wire keys`)
        const back = fromWire(JSON.parse(JSON.stringify(wire)))
        assert(back instanceof Ok, `${error.kind}: fromWire did not return the consumer's neverthrow Ok`)
        equal(back.isOk() && back.value, error, `${error.kind} round trip`)
      }
    },
  ],
  [
    'core: fromWire decodes a bare string detail and refuses a code outside 0-12',
    () => {
      const bare = fromWire({ error_code: 4, error_message: 'Bad', details: 'offset' })
      equal(bare.isOk() && bare.value.details, { key_path: 'offset' }, 'bare string details')
      const foreign = fromWire({ error_code: 13, error_message: 'x', details: null })
      assert(foreign.isErr(), 'code 13 decoded as an error of this model')
    },
  ],
  [
    'core: httpHeaders owe Allow, a Bearer challenge and Retry-After rounded up',
    () => {
      equal(httpHeaders(SAMPLES[1] as OzError), { Allow: 'GET, POST' }, 'NOT_ALLOWED headers')
      equal(httpHeaders(OzErr.authNotProvided()), { 'WWW-Authenticate': 'Bearer realm="api"' }, '401')
      equal(httpHeaders(SAMPLES[12] as OzError), { 'Retry-After': '2' }, 'DATABASE retry_after 1.5')
      equal(httpHeaders(SAMPLES[11] as OzError), { 'Retry-After': '30' }, 'EXTERNAL_SERVICE')
    },
  ],
  [
    'core: fromResponse decodes our body, passes 2xx and maps a proxy page by status',
    async () => {
      const decoded = await fromResponse(json(toWire(SAMPLES[12] as OzError), 503))
      equal(decoded.isErr() && decoded.error, SAMPLES[12], 'a 503 with our body')
      const passed = await fromResponse(json({ id: '1' }, 200))
      assert(passed.isOk() && (await passed.value.json()).id === '1', 'a 200 is not ok with its body')
      const proxy = await fromResponse(json('<html>Bad gateway</html>', 502, 'text/html'))
      assert(proxy.isErr(), 'an HTML 502 is not an error')
      const error = proxy.isErr() ? proxy.error : undefined
      equal(error?.kind, 'EXTERNAL_SERVICE', 'kind of an HTML 502')
      equal(
        error?.cause,
        { status: 502, statusText: 'Status 502', body: '<html>Bad gateway</html>' },
        'cause',
      )
      const unreadable = await fromResponse(json('{"error_code": 99}', 404))
      equal(unreadable.isErr() && unreadable.error.kind, 'NOT_EXIST', 'a foreign 404 body')
    },
  ],
]
