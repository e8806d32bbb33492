import {
  ERASED_PLACEHOLDER,
  WITHHELD_PLACEHOLDER,
  newSubjectKey,
  openPersonalValue,
  parsePersonalEnvelope,
  sealPersonalValue,
} from '../src/personal-data/envelope.js';
import { revealPersonalData } from '../src/personal-data/reveal.js';
import type { SubjectKeyState, SubjectKeyStore } from '../src/personal-data/subject-keys.js';

const label = { subject: 'opinion:i-1/o-1', district: 'hwaseong', category: 'opinion' };

function keyTable(states: Record<string, SubjectKeyState>): SubjectKeyStore {
  return {
    lookup: async (subjects) => new Map(subjects.filter((subject) => states[subject]).map((subject) => [subject, states[subject]!])),
    describe: async () => undefined,
    erase: async () => ({ destroyed: false, category: null }),
    expired: async () => [],
    keyFor: async (request) => {
      const key = states[request.subject]?.key;
      if (!key) throw new Error(`no key for ${request.subject} in this table`);
      return key;
    },
  };
}

describe('a personal value as the log stores it', () => {
  it('opens with its subject’s key only, and not once its label is altered', () => {
    const key = newSubjectKey();
    const sealed = sealPersonalValue(key, label, 'e-1', 'data.text', '아이들이 좋아할 거예요');
    expect(sealed).not.toContain('아이들');
    const parsed = parsePersonalEnvelope(sealed)!;
    expect(parsed).toMatchObject(label);
    expect(openPersonalValue(key, parsed)).toBe('아이들이 좋아할 거예요');
    expect(openPersonalValue(newSubjectKey(), parsed)).toBeUndefined();
    // Moved to another district (to be shown to its readers): the associated data no longer matches.
    expect(openPersonalValue(key, { ...parsed, district: 'osan' })).toBeUndefined();
    const flipped = Buffer.from(parsed.payload);
    flipped[flipped.length - 1] ^= 1;
    expect(openPersonalValue(key, { ...parsed, payload: flipped })).toBeUndefined();
  });

  it('is the same bytes for the same event, field and text (a retried append), and differs for another text', () => {
    const key = newSubjectKey();
    const once = sealPersonalValue(key, label, 'e-1', 'data.text', '찬성');
    expect(sealPersonalValue(key, label, 'e-1', 'data.text', '찬성')).toBe(once);
    const other = parsePersonalEnvelope(sealPersonalValue(key, label, 'e-1', 'data.text', '반대'))!;
    expect(other.payload.subarray(0, 12).equals(parsePersonalEnvelope(once)!.payload.subarray(0, 12))).toBe(false);
  });

  it('reads as the text, [비공개] or [삭제됨] depending on the reader and the key', async () => {
    const key = newSubjectKey();
    const body = { opinions: [{ text: sealPersonalValue(key, label, 'e-1', 'data.text', '찬성합니다') }], title: '제목' };
    const kept = keyTable({ [label.subject]: { key, category: 'opinion', district: 'hwaseong', erasedAt: null } });
    const erased = keyTable({
      [label.subject]: { key: null, category: 'opinion', district: 'hwaseong', erasedAt: '2024-03-01T00:00:00.000Z' },
    });
    expect(await revealPersonalData(body, kept, { mayRead: (d) => d === 'hwaseong' })).toEqual({
      opinions: [{ text: '찬성합니다' }],
      title: '제목',
    });
    expect(await revealPersonalData(body, kept, { mayRead: () => false })).toEqual({
      opinions: [{ text: WITHHELD_PLACEHOLDER }],
      title: '제목',
    });
    expect(await revealPersonalData(body, erased, { mayRead: () => true })).toEqual({
      opinions: [{ text: ERASED_PLACEHOLDER }],
      title: '제목',
    });
  });

  it('reads an envelope opened before as [삭제됨] once its subject is erased, and again when the subject gets a new key', async () => {
    const key = newSubjectKey();
    const own = { ...label, subject: 'opinion:i-2/o-9' };
    const body = { text: sealPersonalValue(key, own, 'e-9', 'data.text', '반대합니다') };
    const anyone = { mayRead: () => true };
    const kept = keyTable({ [own.subject]: { key, category: 'opinion', district: 'hwaseong', erasedAt: null } });
    // Opened twice with its key: the second reading may come from what the first one opened.
    expect(await revealPersonalData(body, kept, anyone)).toEqual({ text: '반대합니다' });
    expect(await revealPersonalData(body, kept, anyone)).toEqual({ text: '반대합니다' });
    const erased = keyTable({
      [own.subject]: { key: null, category: 'opinion', district: 'hwaseong', erasedAt: '2024-03-01T00:00:00.000Z' },
    });
    expect(await revealPersonalData(body, erased, anyone)).toEqual({ text: ERASED_PLACEHOLDER });
    // Written again after the erasure: a new key, which does not open what the old one sealed.
    const renewed = keyTable({ [own.subject]: { key: newSubjectKey(), category: 'opinion', district: 'hwaseong', erasedAt: null } });
    expect(await revealPersonalData(body, renewed, anyone)).toEqual({ text: ERASED_PLACEHOLDER });
    // The same, without an erasure read in between.
    const other = { ...label, subject: 'opinion:i-2/o-10' };
    const second = { text: sealPersonalValue(key, other, 'e-10', 'data.text', '보류합니다') };
    const keptOther = keyTable({ [other.subject]: { key, category: 'opinion', district: 'hwaseong', erasedAt: null } });
    expect(await revealPersonalData(second, keptOther, anyone)).toEqual({ text: '보류합니다' });
    const renewedOther = keyTable({ [other.subject]: { key: newSubjectKey(), category: 'opinion', district: 'hwaseong', erasedAt: null } });
    expect(await revealPersonalData(second, renewedOther, anyone)).toEqual({ text: ERASED_PLACEHOLDER });
  });
});
