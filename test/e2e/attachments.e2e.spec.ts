/**
 * Attachments of minutes over real HTTP: a file goes up as the raw body and comes back byte
 * for byte under its SHA-256, with its Korean name (RFC 6266 filename*), its type, nosniff and
 * the hash as ETag; the same file again answers the same hash; a file of another type, a false
 * Content-Type or one over the size limit is refused in Korean; another district's secretary
 * may not read it; an upload that breaks off mid-body leaves no file behind.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { eventually, startTestApi, type TestApi } from './api-support.js';
import { sampleHwp, sampleHwpx, samplePdf, samplePng } from '../support/attachment-samples.js';

const MAX_BYTES = 64 * 1024;
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('API: attachments of minutes', () => {
  let api: TestApi;
  let suwon: string;
  let suwonOfficial: string;
  let osan: string;
  let auditor: string;

  beforeAll(async () => {
    api = await startTestApi({ GONGRON_ATTACHMENT_MAX_BYTES: String(MAX_BYTES) });
    suwon = await api.token({ role: 'secretary', district: 'suwon', body: 'steering-committee' });
    suwonOfficial = await api.token({ role: 'official', district: 'suwon', party: 'education-office' });
    osan = await api.token({ role: 'secretary', district: 'osan', body: 'steering-committee' });
    auditor = await api.token({ role: 'auditor' });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  }, 30_000);

  async function upload(token: string, bytes: Buffer, headers: Record<string, string>, query = '') {
    const response = await fetch(`${api.url}/attachments${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...headers },
      body: bytes,
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: response.status, headers: response.headers, body: (await response.json()) as any };
  }

  const download = (token: string, hash: string, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/attachments/${hash}`, { headers: { authorization: `Bearer ${token}`, ...headers } });

  it('gives a file back byte for byte under its hash, with its Korean name, type, nosniff and the hash as ETag', async () => {
    const hwp = sampleHwp('제3차 운영위원회 회의록');
    const name = '제3차 운영위원회 회의록 (최종).hwp';
    const put = await upload(suwon, hwp, {
      'content-type': 'application/haansofthwp',
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
    expect(put.status).toBe(201);
    expect(put.body).toEqual({
      sha256: sha(hwp),
      size: hwp.length,
      mediaType: 'application/x-hwp',
      name,
      district: 'suwon',
      created: true,
    });
    expect(put.headers.get('location')).toBe(`/attachments/${sha(hwp)}`);

    for (const reader of [suwon, suwonOfficial, auditor]) {
      const got = await download(reader, sha(hwp));
      expect(got.status).toBe(200);
      const bytes = Buffer.from(await got.arrayBuffer());
      expect(sha(bytes)).toBe(sha(hwp));
      expect(got.headers.get('content-type')).toBe('application/x-hwp');
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      expect(got.headers.get('etag')).toBe(`"${sha(hwp)}"`);
      const disposition = got.headers.get('content-disposition')!;
      expect(disposition).toContain(
        `filename*=UTF-8''${encodeURIComponent(name).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
      );
      expect(disposition).toMatch(/^attachment; filename="?attachment-[0-9a-f]{12}\.hwp"?;/);
    }
    const unchanged = await download(suwon, sha(hwp), { 'if-none-match': `"${sha(hwp)}"` });
    expect(unchanged.status).toBe(304);
  });

  it('answers an identical upload with the same hash, storing nothing new', async () => {
    const pdf = samplePdf('same twice');
    const first = await upload(suwon, pdf, { 'content-type': 'application/pdf' }, `?name=${encodeURIComponent('회의 자료.pdf')}`);
    const again = await upload(
      suwon,
      pdf,
      { 'content-type': 'application/octet-stream', 'idempotency-key': 'not-needed' },
      `?name=${encodeURIComponent('다른 이름.pdf')}`,
    );
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, created: false });
    const copies = filesUnder(join(api.dataDir, 'attachments')).filter((path) => path.endsWith(sha(pdf)));
    expect(copies).toHaveLength(1);
  });

  it('refuses a file of another type, a false Content-Type, a file over the limit and a nameless one, in Korean', async () => {
    const html = await upload(
      suwon,
      Buffer.from('<!doctype html><script>alert(1)</script>'),
      { 'content-type': 'text/html' },
      '?name=minutes.pdf',
    );
    expect(html.status).toBe(415);
    expect(html.body).toMatchObject({ code: 'ATTACHMENT.TYPE_NOT_ALLOWED', field: 'body' });
    expect(html.body.detail).toContain('PDF, HWP, HWPX');
    expect(html.headers.get('content-language')).toBe('ko');

    const disguised = await upload(suwon, samplePdf('disguised'), { 'content-type': 'image/png' }, '?name=photo.png');
    expect(disguised.status).toBe(415);
    expect(disguised.body).toMatchObject({ code: 'ATTACHMENT.TYPE_MISMATCH', field: 'Content-Type' });

    const large = await upload(
      suwon,
      Buffer.concat([samplePng(), Buffer.alloc(MAX_BYTES)]),
      { 'content-type': 'image/png' },
      '?name=scan.png',
    );
    expect(large.status).toBe(413);
    expect(large.body).toMatchObject({ code: 'ATTACHMENT.TOO_LARGE' });
    expect(large.body.detail).toContain('65,536바이트');

    const nameless = await upload(suwon, sampleHwpx(), { 'content-type': 'application/hwp+zip' });
    expect(nameless.status).toBe(400);
    expect(nameless.body).toMatchObject({ code: 'ATTACHMENT.NAME_REQUIRED', field: 'name' });

    const english = await fetch(`${api.url}/attachments?name=a.pdf`, {
      method: 'POST',
      headers: { authorization: `Bearer ${suwon}`, 'accept-language': 'en', 'content-type': 'text/plain' },
      body: 'plain',
    });
    expect(english.status).toBe(415);
    expect(((await english.json()) as { detail: string }).detail).toMatch(/judged by (its|their) content/);
  });

  it('refuses another district’s secretary and an administrator, and names an unknown or malformed hash', async () => {
    const hwpx = sampleHwpx('수원 회의록');
    const put = await upload(suwon, hwpx, { 'content-type': 'application/hwp+zip' }, `?name=${encodeURIComponent('수원.hwpx')}`);
    expect(put.status).toBe(201);

    const other = await download(osan, put.body.sha256);
    expect(other.status).toBe(403);
    expect(await other.json()).toMatchObject({ code: 'ACCESS.OTHER_DISTRICT' });
    expect((await download(api.adminToken, put.body.sha256)).status).toBe(403);
    const upload403 = await upload(auditor, hwpx, { 'content-type': 'application/hwp+zip' }, '?name=a.hwpx');
    expect(upload403.status).toBe(403);

    const unknown = await download(suwon, sha(Buffer.from('never uploaded')));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'ATTACHMENT.NOT_FOUND' });
    const malformed = await download(suwon, 'ABC');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: 'ATTACHMENT.HASH_INVALID', field: 'sha256' });

    // The same bytes uploaded in osan become osan's too, under osan's name.
    const mine = await upload(osan, hwpx, { 'content-type': 'application/hwp+zip' }, `?name=${encodeURIComponent('오산.hwpx')}`);
    expect(mine.body).toMatchObject({ sha256: put.body.sha256, name: '오산.hwpx', created: true });
    const now = await download(osan, put.body.sha256);
    expect(now.status).toBe(200);
    expect(now.headers.get('content-disposition')).toContain(encodeURIComponent('오산'));
  });

  it('leaves no file behind when an upload breaks off mid-body', async () => {
    const pdf = Buffer.concat([samplePdf('broken off'), Buffer.alloc(40_000, 0x20)]);
    const before = filesUnder(join(api.dataDir, 'attachments'));
    const { port } = new URL(api.url);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /attachments?name=broken.pdf HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${suwon}\r\nContent-Type: application/pdf\r\nContent-Length: ${pdf.length}\r\n\r\n`,
        );
        socket.write(pdf.subarray(0, 20_000), () => {
          socket.destroy();
          resolve();
        });
      });
      socket.on('error', reject);
    });
    await eventually(async () => {
      expect(api.logLines.some((line) => line.includes('attachment upload broke off') && line.includes('broken.pdf'))).toBe(true);
    }, 20_000);
    expect(filesUnder(join(api.dataDir, 'attachments'))).toEqual(before);
    expect((await download(suwon, sha(pdf))).status).toBe(404);
    expect((await download(suwon, sha(pdf.subarray(0, 20_000)))).status).toBe(404);

    // The same file sent whole is stored.
    const whole = await upload(suwon, pdf, { 'content-type': 'application/pdf' }, '?name=broken.pdf');
    expect(whole.body).toMatchObject({ sha256: sha(pdf), created: true });
  });
});
