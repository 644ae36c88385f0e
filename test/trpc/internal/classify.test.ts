// What ozErrorFormatter makes of each error tRPC hands it (adapters/trpc/internal/classify.ts),
// called as tRPC calls it: ours keeps its kind, a failed schema is fromIssues, tRPC's own 4xx
// map by status, anything else is a masked UNKNOWN.
import { TRPCError } from '@trpc/server'
import { OzErr, OzException, toWire } from 'oz-errors'
import { ozErrorFormatter } from 'oz-errors/trpc'
import { describe, expect, it } from 'vitest'

const masked: TRPCError[] = []
const format = ozErrorFormatter({ onUnexpected: (error) => masked.push(error) })
const shapeOf = (error: TRPCError, status: number, type = 'query', ...at: [path?: string]) =>
  format({
    error,
    type,
    path: at.length === 0 ? 'folder' : at[0],
    ctx: undefined,
    shape: { data: { httpStatus: status } },
  })
const ozOf = (error: TRPCError, status: number, type?: string) => shapeOf(error, status, type).data.oz

describe('ozErrorFormatter classifies', () => {
  it('keeps the kind of an OzException up to three TRPCErrors down, and masks one deeper', () => {
    const error = OzErr.authForbidden({ details: { required: ['admin'] } })
    // tRPC's own wrapper is looked through, and only that: the chain is TRPCErrors all the way.
    const at = (depth: number): TRPCError => {
      let value: unknown = new OzException(error)
      for (let i = 0; i < depth; i++) value = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: value })
      return value as TRPCError
    }
    expect(ozOf(at(3), 500)).toStrictEqual(toWire(error))
    masked.length = 0
    expect(ozOf(at(4), 500)).toStrictEqual(toWire(OzErr.unknown()))
    expect(masked).toHaveLength(1)
  })

  it('masks an error of ours under a foreign wrapper, as Hono and GraphQL do', () => {
    const error = OzErr.authForbidden({ details: { required: ['admin'] } })
    const wrappedOnce = new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      cause: new Error('wrapper', { cause: new OzException(error) }),
    })
    masked.length = 0
    expect(ozOf(wrappedOnce, 500)).toStrictEqual(toWire(OzErr.unknown()))
    expect(masked).toHaveLength(1)
  })

  it('maps by status a TRPCError whose chain of causes ends in null', () => {
    const error = new TRPCError({ code: 'NOT_FOUND', cause: new Error('lookup', { cause: null }) })
    expect(ozOf(error, 404)).toStrictEqual(toWire(OzErr.notExist()))
  })

  it('keeps the kind of a plain error of ours without a prototype, as the TRPCError’s cause', () => {
    const plain = Object.assign(Object.create(null), OzErr.notExist({ details: { resource: 'folder' } }))
    const error = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: plain })
    expect(ozOf(error, 500)).toStrictEqual(toWire(OzErr.notExist({ details: { resource: 'folder' } })))
  })

  it('masks an error whose shape cannot be read', () => {
    masked.length = 0
    const error = new TRPCError({ code: 'NOT_FOUND' })
    // Its `data` throws when read, as a hostile proxy would.
    const shape = Object.defineProperty({} as { readonly data: { readonly httpStatus: number } }, 'data', {
      get: () => {
        throw new Error('trap')
      },
    })
    const answer = format({ error, type: 'query', path: 'p', shape })
    expect(answer.data.oz).toStrictEqual(toWire(OzErr.unknown()))
    expect(masked).toEqual([error])
  })

  it('masks every 5xx and anything outside 4xx that is not ours', () => {
    masked.length = 0
    for (const status of [500, 503, 399, 302]) {
      expect(ozOf(new TRPCError({ code: 'BAD_REQUEST', message: 'SELECT 1' }), status)).toStrictEqual(
        toWire(OzErr.unknown()),
      )
    }
    expect(masked).toHaveLength(4)
  })

  it.each([
    [400, OzErr.invalidStructure()],
    [404, OzErr.notExist()],
    [413, OzErr.invalidStructure()],
    [499, OzErr.invalidStructure()],
  ])('maps a 4xx of tRPC’s own (%i) by status with the default message', (status, error) => {
    expect(ozOf(new TRPCError({ code: 'NOT_FOUND', message: 'No procedure "x"' }), status)).toStrictEqual(
      toWire(error),
    )
  })

  it('turns a schema’s issues into INVALID_STRUCTURE, and a list that is not issues by status', () => {
    const issues = [{ message: 'Expected number', path: ['limit'] }]
    const failing = (cause: unknown) => new TRPCError({ code: 'BAD_REQUEST', cause: cause as Error })
    expect(ozOf(failing({ issues }), 400)).toStrictEqual(
      toWire(
        OzErr.invalidStructure({
          details: { key_path: 'limit', issues: [{ key_path: 'limit', message: 'Invalid value' }] },
        }),
      ),
    )
    for (const notIssues of [
      [],
      [{ message: 1 }],
      [{ message: 'a' }, { message: 1 }],
      [null],
      'Expected number',
    ]) {
      expect(ozOf(failing({ issues: notIssues }), 400)).toStrictEqual(toWire(OzErr.invalidStructure()))
    }
    const forbidden = new TRPCError({ code: 'FORBIDDEN', cause: { issues } as unknown as Error })
    expect(ozOf(forbidden, 403)).toStrictEqual(toWire(OzErr.authForbidden()))
  })

  it('says only that the input is not JSON, for a SyntaxError that quotes it', () => {
    const error = new TRPCError({
      code: 'PARSE_ERROR',
      cause: new SyntaxError('Unexpected token h in "hunter2"'),
    })
    expect(ozOf(error, 400)).toStrictEqual({
      error_code: 3,
      error_message: 'The request input is not valid JSON',
      details: null,
    })
    const notSyntax = new TRPCError({ code: 'PARSE_ERROR', cause: new TypeError('x') })
    expect(ozOf(notSyntax, 400)).toStrictEqual(toWire(OzErr.invalidStructure()))
  })

  it.each([
    ['query', false, 'PUT', ['GET']],
    ['subscription', false, 'POST', ['GET']],
    ['query', true, 'PUT', ['GET', 'POST']],
    ['subscription', true, 'PUT', ['GET', 'POST']],
    ['mutation', false, 'GET', ['POST']],
    ['mutation', true, 'GET', ['POST']],
  ] as const)(
    'names the method and what a %s accepts (method override %s)',
    (type, override, method, allowed) => {
      const error = new TRPCError({
        code: 'METHOD_NOT_SUPPORTED',
        message: `Unsupported ${method}-request to ${type} procedure at path "folder"`,
      })
      const shape = ozErrorFormatter({ allowMethodOverride: override })({
        error,
        type,
        path: 'folder',
        shape: { data: { httpStatus: 405 } },
      })
      expect(shape.data.oz).toStrictEqual(
        toWire(OzErr.notAllowed({ details: { method, allowed: [...allowed] } })),
      )
    },
  )

  it.each([
    ['a procedure of no known type', 'unknown', 'Unsupported GET-request to x procedure at path "a"'],
    ['a message without a method', 'query', 'Method not supported'],
    ['a method longer than 32 characters', 'query', `Unsupported ${'M'.repeat(33)}-request to query`],
    ['a method that is not a token', 'query', 'Unsupported G<T-request to query'],
    ['a method not at the start', 'query', 'x Unsupported GET-request to query'],
  ])('leaves the details out for %s', (_, type, message) => {
    const error = new TRPCError({ code: 'METHOD_NOT_SUPPORTED', message })
    expect(ozOf(error, 405, type)).toStrictEqual(toWire(OzErr.notAllowed()))
  })

  it('echoes the path of a procedure that exists, and not one that names none', () => {
    const error = new TRPCError({ code: 'NOT_FOUND' })
    expect(shapeOf(error, 404, 'query', 'folder').data.path).toBe('folder')
    expect(shapeOf(error, 404, 'unknown', 'hunter2').data).not.toHaveProperty('path')
    expect(shapeOf(error, 404, 'query', undefined).data).not.toHaveProperty('path')
  })
})
