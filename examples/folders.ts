import { err, ok, Result, ResultAsync } from 'neverthrow'
import { OzErr, type OzError } from 'oz-errors'
import { requireAdmin } from './auth.js'
import type { AnalysisEngine } from './engine.js'
import type { Paging } from './paging.js'
import type { AnalysesBody, FolderBody, FolderPatch } from './schemas.js'
import type { Analysis, Clock, Folder, Store, User } from './store.js'

export interface Deps {
  readonly store: Store
  readonly clock: Clock
  readonly engine: AnalysisEngine
}

export interface Page<T> {
  readonly total: number
  readonly offset: number
  readonly limit: number
  readonly items: readonly T[]
}

export interface AnalysisView extends Analysis {
  readonly state: 'PROCESSING' | 'FINISHED'
  readonly resolution_status: string | null
}

// An operator sees only their own folders; someone else's is NOT_EXIST rather than
// AUTH_FORBIDDEN, so ids cannot be probed.
const visible = (user: User, folder: Folder): boolean =>
  user.role === 'admin' || folder.owner_id === user.user_id

export const listFolders = (deps: Deps, user: User, paging: Paging): Result<Page<Folder>, OzError> =>
  deps.store.allFolders().map((all) => {
    const mine = all.filter((folder) => visible(user, folder))
    const items = mine.slice(paging.offset, paging.offset + paging.limit)
    return { total: mine.length, ...paging, items }
  })

export const getFolder = (deps: Deps, user: User, id: string): Result<Folder, OzError> =>
  deps.store
    .folder(id)
    .andThen((folder) =>
      folder !== undefined && visible(user, folder)
        ? ok(folder)
        : err(OzErr.notExist({ details: { resource: 'folder', id } })),
    )

export const createFolder = (deps: Deps, user: User, body: FolderBody): Result<Folder, OzError> =>
  deps.store.available().andThen(() =>
    deps.store.putFolder({
      folder_id: deps.store.newId(),
      owner_id: user.user_id,
      time_created: new Date(deps.clock.now()).toISOString(),
      meta_data: body.meta_data,
    }),
  )

export const patchFolder = (
  deps: Deps,
  user: User,
  id: string,
  patch: FolderPatch,
): Result<Folder, OzError> =>
  getFolder(deps, user, id).andThen((folder) =>
    deps.store.putFolder({ ...folder, meta_data: { ...folder.meta_data, ...patch.meta_data } }),
  )

/** Admins only; the role is checked first, so a non-admin learns nothing about the id. */
export const deleteFolder = (deps: Deps, user: User, id: string): Result<void, OzError> =>
  requireAdmin(user)
    .andThen(() => getFolder(deps, user, id))
    .andThen(() => deps.store.deleteFolder(id))

export const startAnalyses = (
  deps: Deps,
  user: User,
  folderId: string,
  body: AnalysesBody,
): ResultAsync<AnalysisView[], OzError> =>
  getFolder(deps, user, folderId)
    .asyncAndThen(() => ResultAsync.combine(body.analyses.map(({ type }) => deps.engine.submit(type))))
    .andThen((accepted) =>
      Result.combine(
        body.analyses.map(({ type }, i) =>
          deps.store.putAnalysis({
            analyse_id: deps.store.newId(),
            folder_id: folderId,
            type,
            time_created: new Date(accepted[i]?.accepted_at ?? deps.clock.now()).toISOString(),
          }),
        ),
      ),
    )
    .map((analyses) => analyses.map((analysis) => view(deps, analysis)))

export const getAnalysis = (deps: Deps, user: User, id: string): Result<AnalysisView, OzError> => {
  const missing = OzErr.notExist({ details: { resource: 'analysis', id } })
  return deps.store
    .analysis(id)
    .andThen((analysis) => (analysis === undefined ? err(missing) : ok(analysis)))
    .andThen((analysis) =>
      getFolder(deps, user, analysis.folder_id)
        .mapErr(() => missing)
        .map(() => view(deps, analysis)),
    )
}

/**
 * Folder counts by label, for admins. It has a deliberate bug: a folder without a label (one is
 * seeded) makes it throw a `TypeError`, which every transport answers as a masked UNKNOWN (500)
 * and hands to the server's log.
 */
export const folderReport = (deps: Deps, user: User): Result<Record<string, number>, OzError> =>
  requireAdmin(user)
    .andThen(() => deps.store.allFolders())
    .map(countByLabel)

const countByLabel = (folders: readonly Folder[]): Record<string, number> => {
  const counts: Record<string, number> = {}
  for (const folder of folders) {
    // The bug: `label` is optional metadata, but this reads it as if it were always there.
    // biome-ignore lint/style/noNonNullAssertion: the deliberate bug this route exists to show
    const label = folder.meta_data.label!.toLowerCase()
    counts[label] = (counts[label] ?? 0) + 1
  }
  return counts
}

const view = (deps: Deps, analysis: Analysis): AnalysisView => ({
  ...analysis,
  ...deps.engine.state(Date.parse(analysis.time_created)),
})
