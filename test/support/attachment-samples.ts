/**
 * Small real files of each type minutes may carry, and some they may not, made in the test
 * so that no binary fixture hides in the repository: a one-page PDF, an HWP 5 compound file
 * (written with the same CFB library that reads it), an HWPX package, PNG, JPEG, GIF, WebP.
 */
import CFB from 'cfb';
import { deflateRawSync } from 'node:zlib';

export function samplePdf(text = 'Gongron minutes'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n` +
      `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

export function sampleHwp(text = '회의록'): Buffer {
  const container = CFB.utils.cfb_new();
  const header = Buffer.alloc(256);
  header.write('HWP Document File', 0, 'latin1');
  header.writeUInt32LE(0x05000300, 32);
  CFB.utils.cfb_add(container, '/FileHeader', header);
  CFB.utils.cfb_add(container, '/BodyText/Section0', Buffer.from(text, 'utf16le'));
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Buffer);
}

/** A compound file that is not 한글 (as a .doc would be): refused. */
export function sampleOtherCompoundFile(): Buffer {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, '/WordDocument', Buffer.from('not a hwp'));
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Buffer);
}

function zipEntry(name: string, content: Buffer, compress: boolean): Buffer {
  const data = compress ? deflateRawSync(content) : content;
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(compress ? 8 : 0, 8);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  return Buffer.concat([header, Buffer.from(name), data]);
}

export function sampleHwpx(text = '회의록'): Buffer {
  return Buffer.concat([
    zipEntry('mimetype', Buffer.from('application/hwp+zip'), false),
    zipEntry('Contents/section0.xml', Buffer.from(`<hs:sec><hp:p><hp:t>${text}</hp:t></hp:p></hs:sec>`), true),
  ]);
}

/** A ZIP that is not HWPX (as a .docx would be): refused. */
export function sampleZip(): Buffer {
  return zipEntry('word/document.xml', Buffer.from('<w:document/>'), true);
}

export function samplePng(seed = 0): Buffer {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(`IHDR-sample-${seed}`)]);
}

export function sampleJpeg(seed = 0): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`JFIF-sample-${seed}`), Buffer.from([0xff, 0xd9])]);
}

export function sampleGif(): Buffer {
  return Buffer.from('GIF89a-sample', 'latin1');
}

export function sampleWebp(): Buffer {
  const body = Buffer.from('WEBPVP8 sample');
  const head = Buffer.alloc(8);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body]);
}
