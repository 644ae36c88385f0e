import { OzErr, type OzErrorKind, OzException } from 'oz-errors'

/**
 * A value whose getters answer differently on each read: the first read is a valid NOT_EXIST
 * for "folder"; later reads say "secret" with a hostile key. Whoever renders it after checking
 * must render what was checked (the first read), never read it again.
 */
export const shiftyError = (): object => {
  let kindReads = 0
  let detailReads = 0
  return {
    get kind() {
      kindReads++
      return kindReads === 1 ? 'NOT_EXIST' : 'AUTH_FORBIDDEN'
    },
    code: 10,
    message: 'The requested resource is not found',
    get details() {
      detailReads++
      return detailReads === 1 ? { resource: 'folder' } : { resource: 'secret\r\nSet-Cookie: a=b', id: 7 }
    },
  }
}

/** An OzException whose `error` getter answers a valid error first and a broken one after. */
export const shiftyException = (): OzException => {
  const exception = new OzException(OzErr.database({ details: { retry_after: 5 } }))
  let reads = 0
  Object.defineProperty(exception, 'error', {
    get: () =>
      ++reads === 1 ? OzErr.database({ details: { retry_after: 5 } }) : { kind: 'DATABASE', retry: 'x' },
  })
  return exception
}

/** An exception made by another copy of this package: the brand, not this copy's class. */
const foreignCopy = (): Error => {
  const foreign = Object.assign(new Error('x'), { error: OzErr.authExpired() })
  Object.defineProperty(foreign, Symbol.for('oz-errors.OzException'), { value: true })
  return foreign
}

/**
 * The thrown values every adapter must answer alike, each with the kind it must render
 * (`UNKNOWN` means masked: default message, nothing of the value).
 */
export const THROWN: ReadonlyArray<readonly [name: string, make: () => unknown, kind: OzErrorKind]> = [
  ['an OzException', () => new OzException(OzErr.notExist({ details: { resource: 'folder' } })), 'NOT_EXIST'],
  ['an OzException of another copy of the package', foreignCopy, 'AUTH_EXPIRED'],
  ['a plain OzError', () => OzErr.authForbidden({ details: { required: ['admin'] } }), 'AUTH_FORBIDDEN'],
  ['a frozen plain OzError', () => Object.freeze(OzErr.notRealized()), 'NOT_REALIZED'],
  ['a foreign Error', () => new Error('SELECT * FROM users WHERE token = s3cr3t'), 'UNKNOWN'],
  ['a TypeError', () => new TypeError('Cannot read properties of undefined'), 'UNKNOWN'],
  ['a string', () => 'boom s3cr3t', 'UNKNOWN'],
  ['undefined', () => undefined, 'UNKNOWN'],
  [
    'a look-alike with the wrong code',
    () => ({ kind: 'NOT_EXIST', code: 4, message: 'x', details: null }),
    'UNKNOWN',
  ],
  [
    'a look-alike with details of the wrong shape',
    () => ({ kind: 'NOT_EXIST', code: 10, message: 'x', details: { id: 1 } }),
    'UNKNOWN',
  ],
  ['a wire body', () => ({ error_code: 10, error_message: 'x', details: null }), 'UNKNOWN'],
  [
    'an OzException carrying a broken error',
    () => Object.assign(new OzException(OzErr.unknown()), { error: { kind: 'NOT_EXIST' } }),
    'UNKNOWN',
  ],
  [
    'an OzError with NaN in its open details',
    () => OzErr.notRealized({ details: { x: Number.NaN } }),
    'UNKNOWN',
  ],
  ['an object whose getters change between reads', shiftyError, 'NOT_EXIST'],
  [
    'an Error with Oz-shaped extensions',
    () =>
      Object.assign(new Error('SELECT * FROM users WHERE token = s3cr3t'), {
        extensions: { code: 'NOT_EXIST', error_code: 10, details: { resource: 's3cr3t' } },
      }),
    'UNKNOWN',
  ],
  [
    'an Error whose cause is ours',
    () =>
      new Error('wrapped s3cr3t', {
        cause: new OzException(OzErr.notExist({ details: { resource: 'folder' } })),
      }),
    'UNKNOWN',
  ],
  ['an OzException whose error changes between reads', shiftyException, 'DATABASE'],
]
