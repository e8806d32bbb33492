/**
 * Which files minutes may carry, recognised by their first bytes (never by the name or the
 * type a client claims): PDF, HWP (한글 5.x, a compound file whose FileHeader stream starts with
 * "HWP Document File"; and the older 3.0 format), HWPX (a ZIP whose first entry is `mimetype`
 * = application/hwp+zip, the OCF convention), PNG, JPEG, GIF and WebP for photographs and scans.
 * Office documents and archives are left out: a compound file or ZIP that is not 한글 is refused.
 */

export interface AllowedMediaType {
  readonly mediaType: string;
  readonly extensions: readonly string[];
  readonly label: string;
}

export const ALLOWED_MEDIA_TYPES: readonly AllowedMediaType[] = [
  { mediaType: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  { mediaType: 'application/x-hwp', extensions: ['hwp'], label: 'HWP' },
  { mediaType: 'application/hwp+zip', extensions: ['hwpx'], label: 'HWPX' },
  { mediaType: 'image/png', extensions: ['png'], label: 'PNG' },
  { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  { mediaType: 'image/gif', extensions: ['gif'], label: 'GIF' },
  { mediaType: 'image/webp', extensions: ['webp'], label: 'WebP' },
];

/** Other names clients use for the same types (browsers send application/haansofthwp for .hwp). */
const ALIASES: Readonly<Record<string, string>> = {
  'application/haansofthwp': 'application/x-hwp',
  'application/vnd.hancom.hwp': 'application/x-hwp',
  'application/hwp': 'application/x-hwp',
  'application/haansofthwpx': 'application/hwp+zip',
  'application/vnd.hancom.hwpx': 'application/hwp+zip',
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const HWP_SIGNATURE = ascii('HWP Document File');

/** The compound-file reader is loaded only when a compound file arrives. */
async function isHwp5(bytes: Uint8Array): Promise<boolean> {
  if (!startsWith(bytes, CFB_SIGNATURE)) return false;
  const { default: CFB } = await import('cfb');
  try {
    const container = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
    const header = CFB.find(container, 'FileHeader');
    return (
      header !== null && header.content !== undefined && startsWith(Uint8Array.from(header.content as ArrayLike<number>), HWP_SIGNATURE)
    );
  } catch {
    return false;
  }
}

/** A ZIP whose first entry is an uncompressed `mimetype` file saying application/hwp+zip. */
function isHwpx(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ZIP_SIGNATURE) || bytes.length < 30) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const method = view.getUint16(8, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  if (method !== 0 || !startsWith(bytes, ascii('mimetype'), 30) || nameLength !== 8) return false;
  return startsWith(bytes, ascii('application/hwp+zip'), 30 + nameLength + extraLength);
}

/** The allowed media type of these bytes, or undefined when they are none of them. */
export async function detectMediaType(bytes: Uint8Array): Promise<string | undefined> {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, HWP_SIGNATURE) || (await isHwp5(bytes))) return 'application/x-hwp';
  if (isHwpx(bytes)) return 'application/hwp+zip';
  return undefined;
}

/** The canonical form of a declared media type (parameters and case dropped, aliases resolved). */
export function canonicalMediaType(declared: string): string {
  const bare = declared.split(';')[0]!.trim().toLowerCase();
  return ALIASES[bare] ?? bare;
}

/** Declared types that say nothing about the content: the bytes decide. */
export function isGenericMediaType(declared: string): boolean {
  const bare = canonicalMediaType(declared);
  return bare === '' || bare === 'application/octet-stream' || bare === 'binary/octet-stream';
}
