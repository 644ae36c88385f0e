// autocannon ships no types and @types/autocannon is not a dependency; this is the little the
// loopback figure uses.
declare module 'autocannon' {
  interface Options {
    readonly url: string
    readonly connections?: number
    readonly pipelining?: number
    readonly duration?: number
  }
  interface Result {
    readonly duration: number
    readonly errors: number
    readonly timeouts: number
    readonly requests: { readonly total: number }
    readonly statusCodeStats: Readonly<Record<string, { readonly count: number }>>
  }
  const autocannon: (options: Options) => Promise<Result>
  export default autocannon
}
