/** Types are read from the bytes: each allowed type is recognised, look-alikes are not. */
import {
  sampleGif,
  sampleHwp,
  sampleHwpx,
  sampleJpeg,
  sampleOtherCompoundFile,
  samplePdf,
  samplePng,
  sampleWebp,
  sampleZip,
} from '../../../../test/support/attachment-samples.js';
import { canonicalMediaType, detectMediaType } from './media-types.js';

describe('detectMediaType', () => {
  it.each([
    ['PDF', samplePdf(), 'application/pdf'],
    ['HWP 5', sampleHwp(), 'application/x-hwp'],
    ['HWP 3', Buffer.from('HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05', 'latin1'), 'application/x-hwp'],
    ['HWPX', sampleHwpx(), 'application/hwp+zip'],
    ['PNG', samplePng(), 'image/png'],
    ['JPEG', sampleJpeg(), 'image/jpeg'],
    ['GIF', sampleGif(), 'image/gif'],
    ['WebP', sampleWebp(), 'image/webp'],
  ])('recognises %s by its first bytes', async (_label, bytes, expected) => {
    expect(await detectMediaType(bytes)).toBe(expected);
  });

  it.each([
    ['a compound file that is not 한글 (.doc)', sampleOtherCompoundFile()],
    ['a ZIP that is not HWPX (.docx)', sampleZip()],
    ['plain text named .pdf', Buffer.from('just text, not %PDF-')],
    ['an HTML page', Buffer.from('<!doctype html><script>alert(1)</script>')],
    ['a truncated PNG signature', Buffer.from([0x89, 0x50, 0x4e])],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', async (_label, bytes) => {
    expect(await detectMediaType(bytes)).toBeUndefined();
  });

  it('reads the names browsers give 한글 files as the canonical types', () => {
    expect(canonicalMediaType('application/haansofthwp')).toBe('application/x-hwp');
    expect(canonicalMediaType('Application/PDF; charset=binary')).toBe('application/pdf');
  });
});
