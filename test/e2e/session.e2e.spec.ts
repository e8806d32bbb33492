/**
 * Browser sessions over real HTTP: an access token or a one-time sign-in link exchanged for
 * an HttpOnly, SameSite=Strict cookie; CSRF required on every change made with it; idle and
 * absolute expiry; sign-out; a sign-in link opens one session only.
 */
import { createHash } from 'node:crypto';
import { SQL_DATABASE, type SqlDatabase } from '@gongron/application';
import { EVENT_STORE, type EventStore } from '@gongron/event-store';
import { SESSIONS_TABLE, SIGN_IN_LINKS_TABLE } from '../../apps/api/src/session/session.store.js';
import { startTestApi, type TestApi } from './api-support.js';

interface Cookie {
  readonly name: string;
  readonly value: string;
  readonly attributes: Map<string, string>;
}

function cookiesOf(headers: Headers): Map<string, Cookie> {
  const cookies = new Map<string, Cookie>();
  for (const line of headers.getSetCookie()) {
    const [pair, ...rest] = line.split(';').map((p) => p.trim());
    const eq = pair!.indexOf('=');
    const attributes = new Map<string, string>();
    for (const attribute of rest) {
      const at = attribute.indexOf('=');
      attributes.set((at < 0 ? attribute : attribute.slice(0, at)).toLowerCase(), at < 0 ? '' : attribute.slice(at + 1));
    }
    cookies.set(pair!.slice(0, eq), { name: pair!.slice(0, eq), value: decodeURIComponent(pair!.slice(eq + 1)), attributes });
  }
  return cookies;
}

const proposal = (title: string) => ({ district: 'suwon', title, description: '세션으로 제안합니다.', proposerCategory: 'parent' });

describe('API: browser sessions', () => {
  let api: TestApi;
  let sql: SqlDatabase;
  let civic: string;

  beforeAll(async () => {
    api = await startTestApi();
    sql = api.running.app.get<SqlDatabase>(SQL_DATABASE);
    civic = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council', name: '수원 간사' });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  }, 30_000);

  async function signIn(body: Record<string, string>, headers: Record<string, string> = {}) {
    const answer = await api.call('POST', '/session', { body, headers });
    const cookies = cookiesOf(answer.headers);
    return { answer, cookies, cookie: `gongron_session=${cookies.get('gongron_session')?.value ?? ''}` };
  }

  it('exchanges a token for an HttpOnly, SameSite=Strict session cookie and a readable CSRF cookie', async () => {
    const { answer, cookies } = await signIn({ token: civic });
    expect(answer.status).toBe(201);
    const session = cookies.get('gongron_session')!;
    expect(session.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.attributes.has('httponly')).toBe(true);
    expect(session.attributes.get('samesite')).toBe('Strict');
    expect(session.attributes.get('path')).toBe('/');
    expect(Number(session.attributes.get('max-age'))).toBe(12 * 3600);
    // Plain HTTP without a trusted proxy: a Secure cookie would never come back.
    expect(session.attributes.has('secure')).toBe(false);
    const csrf = cookies.get('gongron_csrf')!;
    expect(csrf.attributes.has('httponly')).toBe(false);
    expect(csrf.attributes.get('samesite')).toBe('Strict');
    expect(csrf.value).toBe(answer.body.csrfToken);
    expect(answer.body).toMatchObject({
      authenticatedBy: 'session',
      origin: 'token',
      actor: { role: 'secretary', district: 'suwon', body: 'civic-council', name: '수원 간사' },
      idleTimeoutSeconds: 1800,
    });
    // Neither the token nor the session id is in anything a script can read.
    expect(JSON.stringify(answer.body)).not.toContain(civic);
    expect(JSON.stringify(answer.body)).not.toContain(session.value);
    expect(csrf.value).not.toBe(session.value);
  });

  it('stores only the hash of a session id', async () => {
    const { cookies } = await signIn({ token: civic });
    const id = cookies.get('gongron_session')!.value;
    const rows = (await sql.db.selectFrom(SESSIONS_TABLE).selectAll().execute()) as Record<string, unknown>[];
    expect(JSON.stringify(rows)).not.toContain(id);
    expect(rows.map((r) => r.id_hash)).toContain(createHash('sha256').update(id).digest('hex'));
  });

  it('answers who am I for a session and for a bearer token', async () => {
    const { cookie, answer: opened } = await signIn({ token: civic });
    const me = await api.call('GET', '/session', { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      authenticatedBy: 'session',
      actor: { role: 'secretary', district: 'suwon' },
      csrfToken: opened.body.csrfToken,
    });
    expect(Date.parse(me.body.expiresAt)).toBeLessThanOrEqual(Date.parse(me.body.absoluteExpiresAt));
    const bearer = await api.call('GET', '/session', { token: civic });
    expect(bearer.status).toBe(200);
    expect(bearer.body.authenticatedBy).toBe('bearer');
    expect(bearer.body.csrfToken).toBeUndefined();
    const nobody = await api.call('GET', '/session');
    expect(nobody.status).toBe(401);
    expect(nobody.body.code).toBe('ACCESS.TOKEN_MISSING');
  });

  it('refuses a change made with the cookie without the CSRF header, and accepts it with the header', async () => {
    const { cookie, answer } = await signIn({ token: civic });
    const missing = await api.call('POST', '/agenda-items', { headers: { cookie }, body: proposal('CSRF 없이') });
    expect(missing.status).toBe(403);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect(missing.body).toMatchObject({ code: 'ACCESS.CSRF_TOKEN_MISSING', field: 'X-CSRF-Token' });
    const wrong = await api.call('POST', '/agenda-items', {
      headers: { cookie, 'x-csrf-token': 'x'.repeat(43) },
      body: proposal('틀린 CSRF'),
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.code).toBe('ACCESS.CSRF_TOKEN_INVALID');
    // Another session's CSRF token does not fit this one.
    const other = await signIn({ token: civic });
    const foreign = await api.call('POST', '/agenda-items', {
      headers: { cookie, 'x-csrf-token': other.answer.body.csrfToken },
      body: proposal('남의 CSRF'),
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('ACCESS.CSRF_TOKEN_INVALID');

    const ok = await api.call('POST', '/agenda-items', {
      headers: { cookie, 'x-csrf-token': answer.body.csrfToken },
      body: proposal('세션 제안'),
    });
    expect(ok.status).toBe(201);
    const events = await api.running.app.get<EventStore>(EVENT_STORE).readStream(ok.body.streamId);
    expect(events[0]!.metadata.actor).toMatchObject({ id: answer.body.actor.id, role: 'secretary', district: 'suwon' });
    // Reads need no CSRF; bearer writes need none either.
    expect((await api.call('GET', `/agenda-items/${ok.body.state.itemId}`, { headers: { cookie } })).status).toBe(200);
    expect((await api.call('POST', '/agenda-items', { token: civic, body: proposal('토큰 제안') })).status).toBe(201);
  });

  it('sets Secure when a trusted proxy says the request came over HTTPS, and only then', async () => {
    const untrusted = await signIn({ token: civic }, { 'x-forwarded-proto': 'https' });
    expect(untrusted.cookies.get('gongron_session')!.attributes.has('secure')).toBe(false);
    const behindProxy = await startTestApi({ TRUST_PROXY: 'loopback' });
    try {
      const answer = await behindProxy.call('POST', '/session', {
        body: { token: behindProxy.adminToken },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(answer.status).toBe(201);
      const cookies = cookiesOf(answer.headers);
      expect(cookies.get('gongron_session')!.attributes.has('secure')).toBe(true);
      expect(cookies.get('gongron_csrf')!.attributes.has('secure')).toBe(true);
      const plain = cookiesOf((await behindProxy.call('POST', '/session', { body: { token: behindProxy.adminToken } })).headers);
      expect(plain.get('gongron_session')!.attributes.has('secure')).toBe(false);
    } finally {
      await behindProxy.close();
    }
  }, 60_000);

  it('signs out: the session ends, its cookies are cleared, and the old cookie is refused', async () => {
    const { cookie, answer } = await signIn({ token: civic });
    const withoutCsrf = await api.call('DELETE', '/session', { headers: { cookie } });
    expect(withoutCsrf.status).toBe(403);
    expect(withoutCsrf.body.code).toBe('ACCESS.CSRF_TOKEN_MISSING');
    const out = await api.call('DELETE', '/session', { headers: { cookie, 'x-csrf-token': answer.body.csrfToken } });
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ signedOut: true });
    const cleared = cookiesOf(out.headers);
    expect(cleared.get('gongron_session')).toMatchObject({ value: '' });
    expect(cleared.get('gongron_session')!.attributes.get('max-age')).toBe('0');
    const after = await api.call('GET', '/session', { headers: { cookie } });
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('ACCESS.SESSION_ENDED');
    // A public route still answers, as the public.
    expect((await api.call('GET', '/health', { headers: { cookie } })).status).toBe(200);
  });

  it('ends a session left idle too long, and one past its absolute end however busy', async () => {
    const idle = await signIn({ token: civic });
    expect((await api.call('GET', '/session', { headers: { cookie: idle.cookie } })).status).toBe(200);
    const idleHash = createHash('sha256').update(idle.cookies.get('gongron_session')!.value).digest('hex');
    await sql.db
      .updateTable(SESSIONS_TABLE)
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000).toISOString() })
      .where('id_hash', '=', idleHash)
      .execute();
    const idleAnswer = await api.call('GET', '/session', { headers: { cookie: idle.cookie } });
    expect(idleAnswer.status).toBe(401);
    expect(idleAnswer.body.code).toBe('ACCESS.SESSION_ENDED');
    expect(cookiesOf(idleAnswer.headers).get('gongron_session')?.value).toBe('');

    const busy = await signIn({ token: civic });
    const busyHash = createHash('sha256').update(busy.cookies.get('gongron_session')!.value).digest('hex');
    await sql.db
      .updateTable(SESSIONS_TABLE)
      .set({ expires_at: new Date(Date.now() - 1000).toISOString(), last_seen_at: new Date().toISOString() })
      .where('id_hash', '=', busyHash)
      .execute();
    const busyAnswer = await api.call('GET', '/session', { headers: { cookie: busy.cookie } });
    expect(busyAnswer.status).toBe(401);
    expect(busyAnswer.body.code).toBe('ACCESS.SESSION_ENDED');
  });

  it('ends the sessions of a revoked token', async () => {
    const official = await api.call('POST', '/admin/tokens', {
      token: api.adminToken,
      body: { role: 'official', district: 'suwon', party: 'education-office' },
    });
    const { cookie } = await signIn({ token: official.body.token });
    expect((await api.call('GET', '/session', { headers: { cookie } })).status).toBe(200);
    expect((await api.call('DELETE', `/admin/tokens/${official.body.id}`, { token: api.adminToken })).status).toBe(200);
    expect((await api.call('GET', '/session', { headers: { cookie } })).body.code).toBe('ACCESS.SESSION_ENDED');
  });

  it('refuses a sign-in without exactly one credential, and a wrong token', async () => {
    expect((await signIn({})).answer.body).toMatchObject({ status: 400, code: 'SESSION.CREDENTIAL_REQUIRED' });
    expect((await signIn({ token: civic, code: 'x' })).answer.body).toMatchObject({ status: 400, code: 'SESSION.ONE_CREDENTIAL' });
    const wrong = await signIn({ token: 'gr_' + 'a'.repeat(43) });
    expect(wrong.answer.status).toBe(401);
    expect(wrong.answer.body.code).toBe('ACCESS.TOKEN_INVALID');
    expect(wrong.cookies.size).toBe(0);
  });

  describe('one-time sign-in links', () => {
    it('opens one session for the person, and refuses the second use', async () => {
      const person = await api.call('POST', '/admin/tokens', {
        token: api.adminToken,
        body: { role: 'secretary', district: 'suwon', body: 'working-council', name: '수원 지역협의체 간사' },
      });
      const link = await api.call('POST', '/admin/sign-in-links', { token: api.adminToken, body: { tokenId: person.body.id } });
      expect(link.status).toBe(201);
      expect(link.body).toMatchObject({ tokenId: person.body.id, path: `/sign-in#code=${link.body.code}` });
      expect(Date.parse(link.body.expiresAt) - Date.parse(link.body.createdAt)).toBe(15 * 60_000);
      const stored = (await sql.db.selectFrom(SIGN_IN_LINKS_TABLE).selectAll().execute()) as Record<string, unknown>[];
      expect(JSON.stringify(stored)).not.toContain(link.body.code);

      const first = await signIn({ code: link.body.code });
      expect(first.answer.status).toBe(201);
      expect(first.answer.body).toMatchObject({
        origin: 'sign-in-link',
        actor: { id: person.body.id, role: 'secretary', body: 'working-council' },
      });
      expect(first.cookies.get('gongron_session')!.attributes.has('httponly')).toBe(true);
      expect((await api.call('GET', '/session', { headers: { cookie: first.cookie } })).body.actor.name).toBe('수원 지역협의체 간사');

      const second = await signIn({ code: link.body.code });
      expect(second.answer.status).toBe(401);
      expect(second.answer.body.code).toBe('SIGN_IN_LINK.USED');
      expect(second.cookies.size).toBe(0);
    });

    it('opens exactly one session when two requests race with the same link', async () => {
      const link = await api.call('POST', '/admin/sign-in-links', { token: api.adminToken, body: { role: 'auditor', name: '감사관' } });
      expect(link.status).toBe(201);
      const answers = await Promise.all(Array.from({ length: 6 }, () => signIn({ code: link.body.code })));
      expect(answers.filter((a) => a.answer.status === 201)).toHaveLength(1);
      expect(answers.filter((a) => a.answer.status === 401).map((a) => a.answer.body.code)).toEqual(Array(5).fill('SIGN_IN_LINK.USED'));
    });

    it('refuses an expired link, an unknown code, and a link whose person was revoked', async () => {
      const link = await api.call('POST', '/admin/sign-in-links', {
        token: api.adminToken,
        body: { tokenId: (await api.call('GET', '/admin/tokens', { token: api.adminToken })).body[0].id },
      });
      await sql.db
        .updateTable(SIGN_IN_LINKS_TABLE)
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('id', '=', link.body.id)
        .execute();
      expect((await signIn({ code: link.body.code })).answer.body).toMatchObject({ status: 401, code: 'SIGN_IN_LINK.EXPIRED' });
      expect((await signIn({ code: 'b'.repeat(43) })).answer.body).toMatchObject({ status: 401, code: 'SIGN_IN_LINK.UNKNOWN' });

      const person = await api.call('POST', '/admin/tokens', { token: api.adminToken, body: { role: 'auditor' } });
      const revokedLink = await api.call('POST', '/admin/sign-in-links', { token: api.adminToken, body: { tokenId: person.body.id } });
      await api.call('DELETE', `/admin/tokens/${person.body.id}`, { token: api.adminToken });
      expect((await signIn({ code: revokedLink.body.code })).answer.body).toMatchObject({ status: 401, code: 'ACCESS.TOKEN_INVALID' });
    });

    it('is issued by administrators only, for one person named one way', async () => {
      expect((await api.call('POST', '/admin/sign-in-links', { token: civic, body: { role: 'auditor' } })).body.code).toBe(
        'ACCESS.ROLE_NOT_ALLOWED',
      );
      const both = await api.call('POST', '/admin/sign-in-links', {
        token: api.adminToken,
        body: { tokenId: '00000000-0000-4000-8000-000000000000', role: 'auditor' },
      });
      expect(both.body).toMatchObject({ status: 400, code: 'SIGN_IN_LINK.TOKEN_OR_SCOPE', field: 'tokenId' });
      const neither = await api.call('POST', '/admin/sign-in-links', { token: api.adminToken, body: {} });
      expect(neither.body).toMatchObject({ status: 400, code: 'SIGN_IN_LINK.PERSON_REQUIRED' });
      const unknown = await api.call('POST', '/admin/sign-in-links', {
        token: api.adminToken,
        body: { tokenId: '00000000-0000-4000-8000-000000000000' },
      });
      expect(unknown.body).toMatchObject({ status: 400, code: 'SIGN_IN_LINK.TOKEN_NOT_ACTIVE' });
      const badScope = await api.call('POST', '/admin/sign-in-links', {
        token: api.adminToken,
        body: { role: 'secretary', district: 'suwon' },
      });
      expect(badScope.body).toMatchObject({ status: 400, code: 'VALIDATION.FAILED' });
      // An administrator in a browser session issues links with the CSRF token.
      const admin = await signIn({ token: api.adminToken });
      const viaSession = await api.call('POST', '/admin/sign-in-links', {
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.answer.body.csrfToken },
        body: { role: 'auditor' },
      });
      expect(viaSession.status).toBe(201);
    });
  });
});
