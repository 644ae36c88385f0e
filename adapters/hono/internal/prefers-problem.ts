// Content negotiation between the two error bodies, by RFC 9110 §12.5.1: each offer takes the
// q of the most specific range that matches it; the higher q wins, then the more specific
// range, then the range listed first, then the server's order (the Oz body first). Ranges that
// are not one of the four that match, or whose q is not a valid qvalue, are skipped.

/** @internal The media type of the Oz body. */
export const JSON_TYPE = 'application/json'
/** @internal The media type of problem details (RFC 9457). */
export const PROBLEM_TYPE = 'application/problem+json'

// A parameter named q, and a valid qvalue: 0 to 1 with at most three decimals. Both anchored,
// without nested repetition, so each runs in time linear in its parameter.
const Q = /^\s*q=/i
const QVALUE = /^\s*q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)\s*$/i

/**
 * @internal
 * Whether an `Accept` header prefers `application/problem+json` to the Oz body's
 * `application/json`. Absent, empty, `*\/*`, `application/*`, junk, or a tie: no. Each character
 * is read a bounded number of times, so an enormous header costs linear time. Never throws.
 */
// Stryker disable next-line StringLiteral: a default that is not a media range is skipped as no range, as '' is
export const prefersProblem = (accept = ''): boolean => {
  // q, specificity (2 exact, 1 application/*, 0 */*, -1 unmatched) and position of each offer.
  let pq = 0
  let ps = -1
  let pa = 0
  let jq = 0
  let js = -1
  let ja = 0
  const ranges = accept.split(',')
  for (let at = 0; at < ranges.length; at++) {
    // split gives one part at least.
    const [type, ...params] = (ranges[at] as string).split(';') as [string, ...string[]]
    let q = 1
    for (const param of params) {
      if (Q.test(param)) {
        q = Number(QVALUE.exec(param)?.[1] ?? -1)
        break
      }
    }
    const t = type.trim().toLowerCase()
    const s = t === '*/*' ? 0 : t === 'application/*' ? 1 : 2
    if (q < 0 || (s === 2 && t !== PROBLEM_TYPE && t !== JSON_TYPE)) continue
    if (t !== JSON_TYPE && (s > ps || (s === ps && q > pq))) [pq, ps, pa] = [q, s, at]
    if (t !== PROBLEM_TYPE && (s > js || (s === js && q > jq))) [jq, js, ja] = [q, s, at]
  }
  return pq > 0 && (pq > jq || (pq === jq && (ps > js || (ps === js && pa < ja))))
}
