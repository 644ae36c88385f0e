import { err, ok, type Result } from 'neverthrow'
import { OzErr, type OzErrorOf } from 'oz-errors'
import type { Flags } from './flags.js'

/** Milliseconds since the epoch; injected so tests can move time instead of waiting. */
export interface Clock {
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

export type Role = 'admin' | 'operator'

export interface User {
  readonly user_id: string
  readonly email: string
  readonly password: string
  readonly role: Role
}

export interface Folder {
  readonly folder_id: string
  readonly owner_id: string
  readonly time_created: string
  readonly meta_data: Readonly<Record<string, string>>
}

export type AnalysisType = 'quality' | 'biometry' | 'blacklist'

export interface Analysis {
  readonly analyse_id: string
  readonly folder_id: string
  readonly type: AnalysisType
  readonly time_created: string
}

export interface Session {
  readonly user_id: string
  readonly access_token: string
  readonly expire_token: string
  /** When the access token stops working (ms); the refresh credential outlives it. */
  readonly access_expires: number
  readonly refresh_expires: number
}

export type StoreError = OzErrorOf<'DATABASE'>
type Stored<T> = Result<T, StoreError>

/**
 * The in-memory store. Every read and write goes through `available()` first, so marking the
 * store down fails each request at its first store access, as a lost database connection would.
 */
export class Store {
  readonly users = new Map<string, User>()
  readonly folders = new Map<string, Folder>()
  readonly analyses = new Map<string, Analysis>()
  readonly sessions = new Map<string, Session>()
  private nextId = 1

  constructor(private readonly flags: Pick<Flags, 'storeDown'>) {}

  /** Ids are counters in UUID form, so a fresh server always has the same ids for the README. */
  newId(): string {
    const n = this.nextId++
    return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`
  }

  available(): Stored<void> {
    const down = this.flags.storeDown
    if (down === null) return ok(undefined)
    return err(
      OzErr.database({
        details: { retry_after: down },
        cause: new Error('the store is marked unavailable'),
      }),
    )
  }

  userByEmail(email: string): Stored<User | undefined> {
    return this.available().map(() => [...this.users.values()].find((user) => user.email === email))
  }

  user(id: string): Stored<User | undefined> {
    return this.available().map(() => this.users.get(id))
  }

  session(accessToken: string): Stored<Session | undefined> {
    return this.available().map(() => this.sessions.get(accessToken))
  }

  sessionByRefresh(expireToken: string): Stored<Session | undefined> {
    return this.available().map(() =>
      [...this.sessions.values()].find((session) => session.expire_token === expireToken),
    )
  }

  putSession(session: Session): Stored<Session> {
    return this.available().map(() => {
      this.sessions.set(session.access_token, session)
      return session
    })
  }

  folder(id: string): Stored<Folder | undefined> {
    return this.available().map(() => this.folders.get(id))
  }

  allFolders(): Stored<readonly Folder[]> {
    return this.available().map(() => [...this.folders.values()])
  }

  putFolder(folder: Folder): Stored<Folder> {
    return this.available().map(() => {
      this.folders.set(folder.folder_id, folder)
      return folder
    })
  }

  deleteFolder(id: string): Stored<void> {
    return this.available().andThen(() => {
      this.folders.delete(id)
      for (const [key, analysis] of this.analyses) if (analysis.folder_id === id) this.analyses.delete(key)
      return ok(undefined)
    })
  }

  analysis(id: string): Stored<Analysis | undefined> {
    return this.available().map(() => this.analyses.get(id))
  }

  analysesOf(folderId: string): Stored<readonly Analysis[]> {
    return this.available().map(() => [...this.analyses.values()].filter((a) => a.folder_id === folderId))
  }

  putAnalysis(analysis: Analysis): Stored<Analysis> {
    return this.available().map(() => {
      this.analyses.set(analysis.analyse_id, analysis)
      return analysis
    })
  }
}
