/**
 * Report attachments arrive compressed: DMARC aggregate reports as .zip or .gz (RFC 7489 s7.2.1.1),
 * TLS reports as application/tlsrpt+gzip (RFC 8460 s5.3). fflate inflates them in the browser and
 * in Node alike. The stated size is checked before inflating, and fflate writes no further than
 * that size, so a crafted archive cannot make the reader allocate past the cap.
 */
import { gunzipSync, unzipSync } from 'fflate';

/** A real aggregate report is a few kilobytes to a few megabytes. */
export const MAX_REPORT_BYTES = 8 * 1024 * 1024;

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A local file header ("PK\x03\x04", APPNOTE.TXT s4.3.7). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A binary string (one char per byte) as bytes. */
export function binaryToBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/** gzip's ISIZE trailer: the uncompressed length modulo 2^32 (RFC 1952 s2.3.1). */
function gzipSize(bytes: Uint8Array): number {
  const n = bytes.length;
  return (
    (bytes[n - 4]! | (bytes[n - 3]! << 8) | (bytes[n - 2]! << 16) | (bytes[n - 1]! << 24)) >>> 0
  );
}

/**
 * The text inside a gzip or zip file (the first .xml or .json member of a zip), or undefined
 * when it is neither, is damaged, or would inflate past the cap.
 */
export function inflateReport(bytes: Uint8Array): string | undefined {
  try {
    if (isGzip(bytes)) {
      if (bytes.length < 18 || gzipSize(bytes) > MAX_REPORT_BYTES) return undefined;
      return decodeText(gunzipSync(bytes));
    }
    if (isZip(bytes)) {
      const files = unzipSync(bytes, {
        filter: (file) =>
          file.originalSize <= MAX_REPORT_BYTES && /\.(?:xml|json)$/i.test(file.name),
      });
      const [first] = Object.values(files);
      return first ? decodeText(first) : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Reports are UTF-8 (XML's default, RFC 8259 for JSON); anything else is read byte for byte. */
function decodeText(bytes: Uint8Array): string {
  const text = utf8.decode(bytes);
  return text.includes('\ufffd') ? latin1.decode(bytes) : text;
}
