import type { Clock, Store } from './store.js'

/** The demo accounts, printed by the server and used by the client. */
export const DEMO_USERS = {
  admin: { email: 'admin@oz.test', password: 'admin' },
  operator: { email: 'operator@oz.test', password: 'operator' },
} as const

/**
 * Sessions that exist from the start, so the README's `curl` lines work without logging in
 * first. `expired` is yesterday's session: its access token has run out, its refresh credential
 * (`expire_token`) still works, as for an app resumed after a night.
 */
export const DEMO_TOKENS = {
  admin: 'demo-admin',
  operator: 'demo-operator',
  expired: 'demo-expired',
} as const

export const DEMO_REFRESH_TOKEN = 'demo-expired-refresh'

const DAY = 24 * 60 * 60 * 1000

/** Fills an empty store: two users, three folders (ids …0003 to …0005), one analysis, the demo sessions. */
export const seed = (store: Store, clock: Clock): void => {
  const now = clock.now()
  const admin = { user_id: store.newId(), ...DEMO_USERS.admin, role: 'admin' as const }
  const operator = { user_id: store.newId(), ...DEMO_USERS.operator, role: 'operator' as const }
  store.users.set(admin.user_id, admin)
  store.users.set(operator.user_id, operator)

  const folders = [
    { owner: operator, meta_data: { label: 'Onboarding', channel: 'mobile' } },
    { owner: operator, meta_data: { label: 'Re-check', channel: 'web' } },
    // No label: the admin report trips over this one (the deliberate bug, see folderReport in folders.ts).
    { owner: admin, meta_data: { channel: 'kiosk' } },
  ]
  folders.forEach(({ owner, meta_data }, i) => {
    const folder_id = store.newId()
    const time_created = new Date(now - (folders.length - i) * 60_000).toISOString()
    store.folders.set(folder_id, { folder_id, owner_id: owner.user_id, time_created, meta_data })
  })
  const first = [...store.folders.keys()][0] ?? ''
  const analyse_id = store.newId()
  store.analyses.set(analyse_id, {
    analyse_id,
    folder_id: first,
    type: 'quality',
    time_created: new Date(now - 60_000).toISOString(),
  })

  const session = (user: { user_id: string }, access_token: string, access_expires: number) =>
    store.sessions.set(access_token, {
      user_id: user.user_id,
      access_token,
      expire_token: `${access_token}-refresh`,
      access_expires,
      refresh_expires: now + DAY,
    })
  session(admin, DEMO_TOKENS.admin, now + DAY)
  session(operator, DEMO_TOKENS.operator, now + DAY)
  session(operator, DEMO_TOKENS.expired, now - 60 * 60 * 1000)
}
