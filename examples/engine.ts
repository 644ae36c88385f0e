import { errAsync, okAsync, type ResultAsync } from 'neverthrow'
import { OzErr, type OzErrorOf } from 'oz-errors'
import type { Flags } from './flags.js'
import type { AnalysisType, Clock } from './store.js'

/** How long the pretend engine takes to finish an analysis. */
export const PROCESSING_MS = 2_000

export type EngineError = OzErrorOf<'EXTERNAL_SERVICE'>

/**
 * The analysis engine, an external system the API hands work to. This one only pretends, but
 * it can be down (the `engineDown` flag), and then every submission fails as a call to a real
 * upstream would.
 */
export class AnalysisEngine {
  constructor(
    private readonly flags: Pick<Flags, 'engineDown'>,
    private readonly clock: Clock,
  ) {}

  submit(type: AnalysisType): ResultAsync<{ accepted_at: number }, EngineError> {
    const down = this.flags.engineDown
    if (down !== null) {
      return errAsync(
        OzErr.externalService({
          details: { service: 'analysis-engine', retry_after: down },
          cause: new Error(`engine refused a ${type} job: connection refused (flag engineDown)`),
        }),
      )
    }
    return okAsync({ accepted_at: this.clock.now() })
  }

  /** The state of a job submitted at `createdAt` (ms). */
  state(createdAt: number): { state: 'PROCESSING' | 'FINISHED'; resolution_status: string | null } {
    return this.clock.now() - createdAt < PROCESSING_MS
      ? { state: 'PROCESSING', resolution_status: null }
      : { state: 'FINISHED', resolution_status: 'SUCCESS' }
  }
}
