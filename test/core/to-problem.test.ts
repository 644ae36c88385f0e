import fc from 'fast-check'
import {
  fromIssues,
  httpStatus,
  OZ_ERROR_KINDS,
  OZ_KINDS,
  OzErr,
  ozError,
  PROBLEM_TYPE_BASE,
  toProblem,
  toWire,
} from 'oz-errors'
import { describe, expect, it } from 'vitest'
import { ozErrorArb } from '../support/arbitraries.js'

describe('toProblem', () => {
  it('gives type, title, status, detail, then the Oz members, in that order', () => {
    const error = OzErr.notExist({ message: 'No folder 7', details: { resource: 'folder', id: '7' } })
    const problem = toProblem(error)
    expect(JSON.stringify(problem)).toBe(
      '{"type":"urn:oz-errors:problem:not-exist","title":"The requested resource is not found","status":404,"detail":"No folder 7","error_code":10,"details":{"resource":"folder","id":"7"}}',
    )
  })

  it('gives each kind one type and its documented message as title, whatever the error says', () => {
    fc.assert(
      fc.property(ozErrorArb, (error) => {
        const problem = toProblem(error)
        expect(problem.type).toBe(toProblem(ozError(error.kind)).type)
        expect(problem.title).toBe(OZ_KINDS[error.kind].message)
        expect(problem.status).toBe(httpStatus(error))
        expect(problem.detail).toBe(error.message)
        expect({ error_code: problem.error_code, details: problem.details }).toEqual({
          error_code: toWire(error).error_code,
          details: toWire(error).details,
        })
      }),
    )
  })

  it('gives the 13 kinds 13 different types under the base', () => {
    const types = OZ_ERROR_KINDS.map((kind) => toProblem(ozError(kind)).type)
    expect(new Set(types).size).toBe(13)
    for (const type of types) expect(type.startsWith(PROBLEM_TYPE_BASE)).toBe(true)
    expect(toProblem(OzErr.authExpired(), { typeBase: 'https://api.example.com/problems/' }).type).toBe(
      'https://api.example.com/problems/auth-expired',
    )
  })

  it('sends instance only when the caller passes one', () => {
    expect('instance' in toProblem(OzErr.notExist())).toBe(false)
    expect(toProblem(OzErr.notExist(), { instance: '/folders/7' }).instance).toBe('/folders/7')
  })

  it('never carries the cause', () => {
    const problem = toProblem(OzErr.database({ cause: new Error('password=hunter2') }))
    expect(JSON.stringify(problem)).not.toContain('hunter2')
  })

  it('lists INVALID_STRUCTURE issues as errors with JSON Pointers, ~ and / escaped', () => {
    const error = OzErr.invalidStructure({
      details: {
        issues: [
          { key_path: 'items.0.name', message: 'Required' },
          { key_path: 'a/b.c~d', message: 'Bad' },
          { key_path: '', message: 'Expected an object' },
        ],
      },
    })
    expect(toProblem(error).errors).toEqual([
      { pointer: '/items/0/name', detail: 'Required' },
      { pointer: '/a~1b/c~0d', detail: 'Bad' },
      { pointer: '', detail: 'Expected an object' },
    ])
  })

  it('points at the one field of INVALID_VALUE, INVALID_TYPE and a key_path-only INVALID_STRUCTURE', () => {
    const value = OzErr.invalidValue({ details: { key_path: 'limit' } })
    expect(toProblem(value).errors).toEqual([{ pointer: '/limit', detail: value.message }])
    expect(toProblem(OzErr.invalidType({ details: { key_path: 'page.size' } })).errors?.[0]?.pointer).toBe(
      '/page/size',
    )
    expect(toProblem(OzErr.invalidStructure({ details: { key_path: 'x' } })).errors?.[0]?.pointer).toBe('/x')
    expect(toProblem(OzErr.invalidStructure()).errors).toEqual([])
    expect('errors' in toProblem(OzErr.notExist())).toBe(false)
  })

  it('is lossy where key_path is: a key with a dot reads as two keys', () => {
    const issues = [
      { message: 'Bad', path: [{ key: 'a.b' }] },
      { message: 'Bad', path: ['a', 'b'] },
    ]
    const problem = toProblem(fromIssues(issues))
    expect(problem.errors?.map((entry) => entry.pointer)).toEqual(['/a/b', '/a/b'])
  })
})
