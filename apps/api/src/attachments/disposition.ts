/**
 * Content-Disposition for a download (RFC 6266): `filename*` carries the Korean name in UTF-8
 * (RFC 5987/8187); `filename`, for clients that read only that, is the name itself when it is
 * plain ASCII, else `attachment-<hash>.<extension>`.
 */
import { create } from 'content-disposition';

export function attachmentDisposition(name: string, sha256: string): string {
  if (/^[\x20-\x7e]*$/.test(name)) return create(name, { fallback: false });
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1];
  return create(name, { fallback: `attachment-${sha256.slice(0, 12)}${extension !== undefined ? `.${extension.toLowerCase()}` : ''}` });
}
