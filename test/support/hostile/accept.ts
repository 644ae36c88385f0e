// `Accept` headers for the hostile suites (issue 15), and the oracle that says which error body a
// negotiating renderer owes each one. The oracle is written from RFC 9110 §12.5.1 and the
// documented tie-breaks (docs/problem-details.md), not from the library's parser.
import fc from 'fast-check'

const PROBLEM = 'application/problem+json'
const JSON_TYPE = 'application/json'

/** Which body an `Accept` asks for; `undefined` when RFC 9110 leaves it open (a range listed twice). */
export type Wanted = 'problem' | 'oz' | undefined

// RFC 9110 §12.4.2: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ).
const QVALUE = /^(?:0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)$/
const OWS = /^[ \t]+|[ \t]+$/g

interface Range {
  readonly range: string
  readonly q: number
  readonly index: number
}

// A media-range and its weight: the first parameter named q (any case) is the weight, and a
// range whose weight is not a qvalue is dropped. Other parameters do not narrow the range (as
// documented). The arbitrary below sends no quoted strings, so `,` and `;` only separate.
const rangeOf = (part: string, index: number): Range[] => {
  const [type = '', ...params] = part.split(';').map((piece) => piece.replace(OWS, ''))
  const weight = params.find((param) => param.slice(0, 2).toLowerCase() === 'q=')
  const q = weight === undefined ? '1' : weight.slice(2)
  return QVALUE.test(q) ? [{ range: type.toLowerCase(), q: Number(q), index }] : []
}

interface Match {
  readonly q: number
  readonly specificity: number
  readonly index: number
}

// The most specific range that matches `offer` gives its quality; none: not acceptable.
const matchOf = (offer: string, ranges: readonly Range[]): Match | 'twice' | undefined => {
  const candidates = [offer, 'application/*', '*/*']
  for (const [at, candidate] of candidates.entries()) {
    const found = ranges.filter(({ range }) => range === candidate)
    if (found.length > 1) return 'twice'
    const [only] = found
    if (only !== undefined) return { q: only.q, specificity: 2 - at, index: only.index }
  }
  return undefined
}

/**
 * Whether `accept` (as the server read it; `''` for none) gets the problem body from a renderer
 * with `format: 'negotiate'`: the higher quality wins; at equal quality the more specific range,
 * then the range listed first, then the Oz body. Neither acceptable: the Oz body.
 */
export const wanted = (accept: string): Wanted => {
  const ranges = accept.split(',').flatMap(rangeOf)
  const problem = matchOf(PROBLEM, ranges)
  const json = matchOf(JSON_TYPE, ranges)
  if (problem === 'twice' || json === 'twice') return undefined
  if (problem === undefined || problem.q === 0) return 'oz'
  if (json === undefined || problem.q !== json.q) return problem.q > (json?.q ?? 0) ? 'problem' : 'oz'
  if (problem.specificity !== json.specificity)
    return problem.specificity > json.specificity ? 'problem' : 'oz'
  return problem.index < json.index ? 'problem' : 'oz'
}

/** The `Accept` the server reads from a request's headers: every `accept` line, joined by `, `. */
export const acceptOf = (headers: readonly (readonly [string, string])[]): string =>
  headers
    .filter(([name]) => name.toLowerCase() === 'accept')
    .map(([, value]) => value.replace(OWS, ''))
    .join(', ')

const TYPES = [
  PROBLEM,
  JSON_TYPE,
  'application/*',
  '*/*',
  'text/html',
  'application/problem+xml',
  'application/json-seq',
  'application/graphql-response+json',
  'text/*',
]
const CASES: readonly ((type: string) => string)[] = [
  (type) => type,
  (type) => type.toUpperCase(),
  (type) => type.replace(/(^|[/+])(\w)/g, (_, at: string, first: string) => at + first.toUpperCase()),
]
// Valid qvalues, and ones a parser must drop the range for.
const QS = ['1', '0', '0.5', '0.9', '0.001', '1.000', '0.000', '1.', '0.']
const BAD_QS = ['2', 'abc', '1.0001', '-1', '.5', '', '0.5x', '1.5', '0x1']
const PARAMS = ['charset=utf-8', 'version=2', 'level=1', 'profile=x', '']
const SPACE = fc.constantFrom('', '', ' ', '  ', '\t')

const range = fc
  .record({
    type: fc.constantFrom(...TYPES),
    typeCase: fc.constantFrom(...CASES),
    params: fc.array(fc.constantFrom(...PARAMS), { maxLength: 2 }),
    q: fc.option(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...QS) },
        { weight: 1, arbitrary: fc.constantFrom(...BAD_QS) },
      ),
      { freq: 4 },
    ),
    qName: fc.constantFrom('q', 'q', 'Q'),
    ext: fc.option(fc.constant('ext=1'), { freq: 4 }),
    space: SPACE,
  })
  .map(({ type, typeCase, params, q, qName, ext, space }) =>
    [
      typeCase(type),
      ...params,
      ...(q === null ? [] : [`${qName}=${q}`]),
      ...(ext === null ? [] : [ext]),
    ].join(`${space};${space}`),
  )

// Several ranges, each type at most once, as a client writes them.
const listed = fc
  .tuple(
    fc.uniqueArray(range, { maxLength: 5, selector: (text) => text.split(';')[0]?.trim().toLowerCase() }),
    SPACE,
  )
  .map(([ranges, space]) => ranges.join(`${space},${space}`))

// What no client should send but some do; Node's client refuses control characters, so none here.
const JUNK = [
  '',
  ',',
  ';;;',
  ',,,,application/problem+json,,,',
  'application',
  'application/',
  '/',
  '*/',
  'q=1',
  'application/problem+json;q',
  'application/problem+json;;q=0.5',
  'application/problem+json;q=0.5;q=1',
  'application/problem+json;q=1;q=0',
  '*/json, application/problem+json;q=0.1',
  'application/problem+json x',
  'appl\u00e9cation/problem+json',
  '\u00ff\u00fe/\u00fd',
  'application/problem+json;charset=\u00e9',
  `"${'a'.repeat(40)}`,
]

// Enormous, within Node's 16 KB of headers (beyond it, Node answers 431 before the app): a
// range repeated, thousands of parameters, commas or semicolons, then a range that decides.
const enormous = fc
  .record({
    unit: fc.constantFrom('text/html;q=0.1, ', ',', ';', ';q=', ';q=0.5', 'application/xml;q=0.2,', ' ,\t;'),
    length: fc.integer({ min: 1_000, max: 14_000 }),
    head: fc.constantFrom('', PROBLEM, `${PROBLEM}, `, `${JSON_TYPE};q=0.3, `),
    tail: fc.constantFrom('', `, ${PROBLEM}`, `, ${PROBLEM};q=0.4`, `, ${JSON_TYPE}`, ', */*;q=0.9'),
  })
  .map(({ unit, length, head, tail }) => `${head}${unit.repeat(Math.ceil(length / unit.length))}${tail}`)

/** An `Accept` value: listed ranges mostly, junk and enormous ones sometimes. */
export const acceptHeader: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: listed },
  { weight: 2, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 1, arbitrary: enormous },
)
