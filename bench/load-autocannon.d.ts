// bench/autocannon.d.ts types the package's main entry for the loopback figure, and only the little
// it uses. The load run needs more of the same API (a request mix with a response hook, a fixed
// amount, latency percentiles), so it imports the same file by its path, typed here.
declare module 'autocannon/autocannon.js' {
  /** One request of the mix; each connection cycles through the list in order. */
  export interface LoadRequest {
    readonly method: string
    readonly path: string
    readonly headers?: Readonly<Record<string, string>>
    readonly body?: string
    /** Called with every response to this request; headers as sent, names in their case. */
    readonly onResponse?: (
      status: number,
      body: string,
      context: Record<string, unknown>,
      headers: Readonly<Record<string, string>>,
    ) => void
  }
  export interface LoadOptions {
    readonly url: string
    readonly connections?: number
    readonly duration?: number
    /** Stops after this many requests instead of after `duration`. */
    readonly amount?: number
    readonly timeout?: number
    readonly requests?: readonly LoadRequest[]
  }
  export interface LoadResult {
    /** Seconds. */
    readonly duration: number
    readonly errors: number
    readonly timeouts: number
    readonly non2xx: number
    readonly requests: { readonly average: number; readonly total: number; readonly sent: number }
    /** Milliseconds. */
    readonly latency: {
      readonly average: number
      readonly p50: number
      readonly p99: number
      readonly max: number
    }
  }
  const autocannon: (options: LoadOptions) => Promise<LoadResult>
  export default autocannon
}
