import { generateKeyPairSync } from 'node:crypto';
import { checkpointBody, cosignatureLine, parseWitnessKey, signNote, verifiedCosignatures, witnessVerifierKey } from '../src/index.js';

describe('witness cosignatures (C2SP tlog-cosignature/v1)', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const log = generateKeyPairSync('ed25519');
  const body = checkpointBody({ origin: 'gongron/log', size: 12, rootHash: 'ab'.repeat(32), time: '2026-12-01T00:00:00.000Z' });
  const note = signNote(body, 'gongron/log', log.privateKey, log.publicKey);
  const witness = parseWitnessKey(witnessVerifierKey('suwon.education-office', publicKey));

  it('verifies a cosignature line under its key, with its time, and no other key', () => {
    const line = cosignatureLine(body, 'suwon.education-office', privateKey, publicKey, 1_764_547_200);
    expect(verifiedCosignatures(`${note}${line}`, [witness])).toEqual([{ name: 'suwon.education-office', timestamp: 1_764_547_200, line }]);
    const stranger = parseWitnessKey(witnessVerifierKey('suwon.education-office', generateKeyPairSync('ed25519').publicKey));
    expect(verifiedCosignatures(`${note}${line}`, [stranger])).toEqual([]);
  });

  it('refuses every one-bit change of the cosignature and of the checkpoint it signs', () => {
    const line = cosignatureLine(body, 'suwon.education-office', privateKey, publicKey, 1_764_547_200);
    const bytes = Buffer.from(line.trim().split(' ')[2]!, 'base64');
    for (let bit = 0; bit < bytes.length * 8; bit++) {
      const flipped = Buffer.from(bytes);
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      expect(verifiedCosignatures(`${note}\u2014 suwon.education-office ${flipped.toString('base64')}\n`, [witness])).toEqual([]);
    }
    const otherBody = checkpointBody({ origin: 'gongron/log', size: 13, rootHash: 'ab'.repeat(32), time: '2026-12-01T00:00:00.000Z' });
    expect(verifiedCosignatures(`${signNote(otherBody, 'gongron/log', log.privateKey, log.publicKey)}${line}`, [witness])).toEqual([]);
  });

  it('refuses a log key (0x01) where a witness key (0x04) is wanted', () => {
    expect(() => parseWitnessKey(`gongron/log+00000000+${Buffer.concat([Buffer.from([1]), Buffer.alloc(32)]).toString('base64')}`)).toThrow(
      /not a cosignature\/v1 key/,
    );
  });
});
