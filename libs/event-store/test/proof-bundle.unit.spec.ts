/**
 * The offline verifier against the repository's own vector (test/vectors/proof-bundle.v1.json):
 * it verifies with nothing but the public key, and every one-bit change of the bundle is refused.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkpointBody, openCheckpoint, parseVerifierKey, signNote, splitNote, verifierKey, verifyProofBundle } from '../src/index.js';

const vector = JSON.parse(readFileSync(join(process.cwd(), 'libs/event-store/test/vectors/proof-bundle.v1.json'), 'utf8')) as {
  verifierKey: string;
  leafHash: string;
  rootHash: string;
  bundle: { checkpoint: string };
};

describe('proof bundles, verified offline', () => {
  it('verifies the vector with its public key alone', () => {
    expect(verifyProofBundle(vector.bundle, [vector.verifierKey])).toEqual({
      ok: true,
      checkpoint: { origin: 'gongron.example/log', size: 5, rootHash: vector.rootHash, time: '2024-03-14T00:10:00.000Z' },
      signedBy: ['gongron.example/log'],
      leafHash: vector.leafHash,
    });
  });

  it('refuses every one-bit change of the bundle', () => {
    const text = Buffer.from(JSON.stringify(vector.bundle), 'utf8');
    let variants = 0;
    for (let byte = 0; byte < text.length; byte++) {
      for (let bit = 0; bit < 8; bit++) {
        const changed = Buffer.from(text);
        changed[byte]! ^= 1 << bit;
        let parsed: unknown;
        try {
          parsed = JSON.parse(changed.toString('utf8'));
        } catch {
          continue; // no longer a bundle at all
        }
        variants++;
        const verdict = verifyProofBundle(parsed, [vector.verifierKey]);
        if (verdict.ok) throw new Error(`accepted a bundle with bit ${bit} of byte ${byte} flipped`);
      }
    }
    expect(variants).toBeGreaterThan(1000);
  });

  it('refuses a checkpoint signed by another key, and names the step', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const { body } = splitNote(vector.bundle.checkpoint);
    const forged = { ...vector.bundle, checkpoint: signNote(body, 'gongron.example/log', privateKey, publicKey) };
    expect(verifyProofBundle(forged, [vector.verifierKey])).toMatchObject({ ok: false, step: 'checkpoint-signature' });
    expect(verifyProofBundle(forged, [verifierKey('gongron.example/log', publicKey)])).toMatchObject({ ok: true });
  });

  it('writes checkpoints in the C2SP format: origin, size, base64 root, then signature lines with a 4-byte key hash', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const body = checkpointBody({
      origin: 'example.org/log',
      size: 8,
      rootHash: '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
    });
    expect(body).toBe('example.org/log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n');
    const note = signNote(body, 'example.org/log', privateKey, publicKey);
    const key = verifierKey('example.org/log', publicKey);
    const [, hash] = key.split('+');
    const line = note.split('\n')[4]!;
    expect(line.startsWith('\u2014 example.org/log ')).toBe(true);
    expect(Buffer.from(line.split(' ')[2]!, 'base64').subarray(0, 4).toString('hex')).toBe(hash);
    expect(openCheckpoint(note, [parseVerifierKey(key)]).checkpoint).toEqual({
      origin: 'example.org/log',
      size: 8,
      rootHash: '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
    });
    expect(() => parseVerifierKey(key.replace(hash!, '00000000'))).toThrow(/key hash/);
  });
});
