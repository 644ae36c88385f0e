import { Ajv } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { fromProblem, OZ_ERROR_KINDS, OzErr, type OzErrorKind, toProblem } from 'oz-errors'
import { ozComponents, ozProblemSchema } from 'oz-errors/openapi'
import { describe, expect, it } from 'vitest'
import { kindArb, ozErrorArb } from '../support/arbitraries.js'

const ajv = new Ajv2020({ strict: true })
const all = ajv.compile(ozProblemSchema())
const byKind = Object.fromEntries(
  OZ_ERROR_KINDS.map((kind) => [kind, ajv.compile(ozProblemSchema(kind))]),
) as Record<OzErrorKind, ReturnType<typeof ajv.compile>>

// The `type` bases a service may give, each ending with a separator `fromProblem` knows.
const typeBaseArb = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('', 'urn:oz-errors:problem:', 'https://api.example.com/problems/', '#'),
  fc.webUrl().map((url) => `${url}/`),
)
const optionsArb = fc.record(
  { typeBase: typeBaseArb, instance: fc.option(fc.webPath(), { nil: undefined }) },
  { requiredKeys: [], noNullPrototype: true },
)
// toProblem(e) as a client receives it: through JSON, with the options a service may pass.
const problemArb = fc.tuple(ozErrorArb, optionsArb).map(([error, { typeBase, instance }]) => ({
  error,
  problem: JSON.parse(
    JSON.stringify(
      toProblem(error, {
        ...(typeBase === undefined ? {} : { typeBase }),
        ...(instance === undefined ? {} : { instance }),
      }),
    ),
  ) as Record<string, unknown>,
}))

describe('ozProblemSchema documents what toProblem gives', () => {
  it('validates toProblem(e) for every error, against its kind and the union, and no other kind', () => {
    fc.assert(
      fc.property(problemArb, kindArb, ({ error, problem }, other) => {
        expect(fromProblem(problem).isOk()).toBe(true)
        expect(byKind[error.kind](problem)).toBe(true)
        expect(all(problem)).toBe(true)
        if (other !== error.kind) expect(byKind[other](problem)).toBe(false)
      }),
      { numRuns: 1000 },
    )
  })

  const notExist = toProblem(OzErr.notExist({ details: { resource: 'folder' } }))
  const invalid = toProblem(OzErr.invalidValue({ details: { key_path: 'limit' } }))
  it.each([
    ['a type naming another kind', byKind.NOT_EXIST, { ...notExist, type: 'urn:x:auth-invalid' }],
    ['a type glued to its base', byKind.NOT_EXIST, { ...notExist, type: 'urn:xnot-exist' }],
    ['a title other than the kind’s', byKind.NOT_EXIST, { ...notExist, title: 'Gone' }],
    ['a status other than the kind’s', byKind.NOT_EXIST, { ...notExist, status: 410 }],
    ['no detail', byKind.NOT_EXIST, { ...notExist, detail: undefined }],
    ['details of the wrong shape', byKind.NOT_EXIST, { ...notExist, details: { id: '1' } }],
    ['a code 3 to 5 without errors', byKind.INVALID_VALUE, { ...invalid, errors: undefined }],
    ['an errors entry without a pointer', byKind.INVALID_VALUE, { ...invalid, errors: [{ detail: 'x' }] }],
  ])('refuses %s', (_, validate, problem) => {
    expect(validate(JSON.parse(JSON.stringify(problem)))).toBe(false)
  })

  it('with { openapi: "3.0" }, as ozComponents gives it: no const, and the same answers', () => {
    const { schemas } = ozComponents({ openapi: '3.0', format: 'problem' })
    expect(Object.keys(schemas)).toEqual([
      'OzProblem',
      ...OZ_ERROR_KINDS.map(
        (kind) =>
          `Oz${kind
            .toLowerCase()
            .split('_')
            .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
            .join('')}Problem`,
      ),
    ])
    expect(JSON.stringify(schemas)).not.toContain('"const"')
    // Ajv's default draft knows OpenAPI 3.0's `nullable`.
    const draft7 = new Ajv({ strict: false })
    const validate = draft7.compile(schemas.OzNotExistProblem ?? {})
    expect(validate(notExist)).toBe(true)
    expect(validate({ ...notExist, details: null })).toBe(true)
    expect(validate({ ...notExist, title: 'Gone' })).toBe(false)
    expect(validate({ ...notExist, status: 410 })).toBe(false)
  })
})
