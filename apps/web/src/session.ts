/**
 * Who is signed in. The access token is sent once (POST /session) and never kept by the page:
 * the API answers with an HttpOnly session cookie and a CSRF token the page echoes on changes.
 */
import { ProblemError, api, signedOut, unwrap, type Schemas } from './api/client.js';
import { signal } from './signal.js';

export type Actor = Schemas['SessionActorDto'];

/** undefined while loading, null when signed out. */
export const session = signal<Actor | null | undefined>(undefined);

signedOut.add(() => session.set(null));

function actorOf(answer: Schemas['SessionDto'] | undefined): Actor | null {
  return answer?.actor ?? null;
}

export async function loadSession(): Promise<void> {
  try {
    session.set(actorOf(await unwrap(api.GET('/session'))));
  } catch {
    session.set(null);
  }
}

export async function signIn(token: string): Promise<Actor> {
  const actor = actorOf(await unwrap(api.POST('/session', { body: { token } })));
  if (!actor) throw new ProblemError({ status: 500, code: 'SESSION.NO_ACTOR' });
  session.set(actor);
  return actor;
}

export async function signInWithLink(code: string): Promise<Actor> {
  const actor = actorOf(await unwrap(api.POST('/session', { body: { code } })));
  if (!actor) throw new ProblemError({ status: 500, code: 'SESSION.NO_ACTOR' });
  session.set(actor);
  return actor;
}

export async function signOut(): Promise<void> {
  try {
    await unwrap(api.DELETE('/session'));
  } finally {
    session.set(null);
  }
}
