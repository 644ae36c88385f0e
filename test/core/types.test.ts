// Type tests: checked by `tsc -p tsconfig.json` in `npm test` (a wrong type fails the
// typecheck step), and run by vitest for the few runtime facts they rely on.
import { err, ok, type Result } from 'neverthrow'
import {
  fromWire,
  httpStatus,
  type NotExistDetails,
  OzErr,
  type OzError,
  type OzErrorKind,
  type OzErrorOf,
  type OzHttpStatus,
  type OzWireError,
  ozError,
  toWire,
} from 'oz-errors'
import { match } from 'ts-pattern'
import { describe, expect, expectTypeOf, it } from 'vitest'

const describeError = (error: OzError): string =>
  match(error)
    .with({ kind: 'UNKNOWN' }, () => 'bug')
    .with({ kind: 'NOT_ALLOWED' }, (e) => e.details?.allowed.join(', ') ?? '')
    .with({ kind: 'NOT_REALIZED' }, () => 'later')
    .with({ kind: 'INVALID_STRUCTURE' }, (e) => e.details?.issues?.[0]?.message ?? '')
    .with({ kind: 'INVALID_VALUE' }, { kind: 'INVALID_TYPE' }, (e) => e.details?.key_path ?? '')
    .with({ kind: 'AUTH_NOT_PROVIDED' }, { kind: 'AUTH_INVALID' }, () => 'log in')
    .with({ kind: 'AUTH_EXPIRED' }, (e) => e.details?.expired_at ?? '')
    .with({ kind: 'AUTH_FORBIDDEN' }, (e) => e.details?.required?.join() ?? '')
    .with({ kind: 'NOT_EXIST' }, (e) => e.details?.resource ?? '')
    .with({ kind: 'EXTERNAL_SERVICE' }, (e) => e.details?.service ?? '')
    .with({ kind: 'DATABASE' }, (e) => String(e.details?.retry_after))
    .exhaustive()

const forgetsNotExist = (error: OzError): number =>
  match(error.kind)
    .with(
      'UNKNOWN',
      'NOT_ALLOWED',
      'NOT_REALIZED',
      'INVALID_STRUCTURE',
      'INVALID_VALUE',
      'INVALID_TYPE',
      () => 1,
    )
    .with('AUTH_NOT_PROVIDED', 'AUTH_INVALID', 'AUTH_EXPIRED', 'AUTH_FORBIDDEN', () => 2)
    .with('EXTERNAL_SERVICE', 'DATABASE', () => 3)
    // @ts-expect-error: NOT_EXIST is not handled, so the match is not exhaustive
    .exhaustive()

describe('types', () => {
  it('lets an exhaustive match over OzError compile and narrow each branch', () => {
    expect(describeError(OzErr.notExist({ details: { resource: 'folder' } }))).toBe('folder')
    expect(forgetsNotExist(OzErr.database())).toBe(3)
  })

  it('narrows details by kind', () => {
    const error = fromWire({ error_code: 10, error_message: 'x', details: { resource: 'r' } })._unsafeUnwrap()
    if (error.kind === 'NOT_EXIST') {
      expectTypeOf(error.details).toEqualTypeOf<NotExistDetails | null>()
      expectTypeOf(error.code).toEqualTypeOf<10>()
    }
    if (error.code === 4) expectTypeOf(error.kind).toEqualTypeOf<'INVALID_VALUE'>()
    expect(error.kind).toBe('NOT_EXIST')
  })

  it('types err(OzErr.invalidValue()) as a Result that fits Result<never, OzError>', () => {
    const failed = err(OzErr.invalidValue())
    expectTypeOf(failed).toExtend<Result<never, OzError>>()
    const handler = (limit: number): Result<{ limit: number }, OzError> =>
      limit > 100 ? err(OzErr.invalidValue({ details: { key_path: 'limit' } })) : ok({ limit })
    expect(handler(1000).isErr()).toBe(true)
  })

  it('refuses details of the wrong shape for a kind', () => {
    // @ts-expect-error: NOT_EXIST details need a resource
    OzErr.notExist({ details: { id: '42' } })
    // @ts-expect-error: key_path is a string
    OzErr.invalidValue({ details: { key_path: 3 } })
    // @ts-expect-error: allowed is a list of methods
    OzErr.notAllowed({ details: { method: 'PUT', allowed: 'GET' } })
    // @ts-expect-error: details are JSON; a function is not
    OzErr.unknown({ details: { retry: () => 1 } })
    const runtimeKind = 'NOT_EXIST' as 'NOT_EXIST' | 'INVALID_VALUE'
    // @ts-expect-error: a kind chosen at run time cannot promise whose details these are
    ozError(runtimeKind, { details: { key_path: 'x' } })
    expect(ozError(runtimeKind, { details: null, message: 'm' }).details).toBeNull()
    expect(
      OzErr.notExist({ details: { resource: 'folder', extra: [1, { a: null }] } }).details?.extra,
    ).toEqual([1, { a: null }])
  })

  it('derives the names, statuses and results from the table', () => {
    expectTypeOf(httpStatus).returns.toEqualTypeOf<OzHttpStatus>()
    expectTypeOf(fromWire).returns.toEqualTypeOf<Result<OzError, OzWireError>>()
    expectTypeOf(toWire(OzErr.notExist()).error_code).toEqualTypeOf<10>()
    expectTypeOf<OzErrorOf<'DATABASE'>['kind']>().toEqualTypeOf<'DATABASE'>()
    expectTypeOf<OzError['kind']>().toEqualTypeOf<OzErrorKind>()
    expect(Object.keys(OzErr)).toContain('authNotProvided')
  })

  it('spreads OzErrorOf over a union of kinds', () => {
    type Auth = OzErrorOf<'AUTH_INVALID' | 'AUTH_EXPIRED'>
    expectTypeOf<Auth>().toEqualTypeOf<OzErrorOf<'AUTH_INVALID'> | OzErrorOf<'AUTH_EXPIRED'>>()
    expectTypeOf<OzErrorOf<OzErrorKind>>().toEqualTypeOf<OzError>()
    const narrow = (e: Auth) => (e.kind === 'AUTH_EXPIRED' ? e.details?.expired_at : undefined)
    expect(narrow(OzErr.authExpired({ details: { expired_at: 'then' } }))).toBe('then')
  })
})
