/**
 * Reading a .zip as its bytes stream in, with fflate (a small, well-kept inflate that runs in
 * browsers, workers and Node). A zip bomb is stopped by counting what actually comes out, not
 * by trusting the sizes the archive declares: compressed bytes go in small slices, so no single
 * step can inflate more than a few megabytes before the count is checked.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { ByteBuffer } from './byte-buffer.ts';

export interface ZipLimits {
  entries: number;
  entryBytes: number;
  totalBytes: number;
}

export type ZipEvent =
  | { kind: 'entry'; name: string; bytes: Uint8Array }
  | { kind: 'skipped'; name: string; why: string }
  | { kind: 'bomb'; why: string }
  | { kind: 'broken'; why: string };

/** Deflate expands at most about 1032:1, so 4 KB in gives at most about 4 MB out at once. */
const SLICE = 4096;

/** Folders, macOS resource forks and hidden files are no bounces. */
const IGNORED = /(?:^|\/)(?:__MACOSX\/|\.[^/]*$)|\/$/;

export function createZipReader(limits: ZipLimits, onEvent: (event: ZipEvent) => void) {
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  let total = 0;
  let entries = 0;
  let stopped = false;
  const stop = (event: ZipEvent) => {
    if (stopped) return;
    stopped = true;
    onEvent(event);
  };

  unzip.onfile = (file: UnzipFile) => {
    if (stopped || IGNORED.test(file.name)) return;
    if (++entries > limits.entries) {
      stop({
        kind: 'bomb',
        why: `it holds more than ${limits.entries.toLocaleString('en')} files`,
      });
      return;
    }
    if (file.compression !== 0 && file.compression !== 8) {
      onEvent({
        kind: 'skipped',
        name: file.name,
        why: 'it is compressed with a method other than deflate',
      });
      return;
    }
    if (file.originalSize !== undefined && file.originalSize > limits.entryBytes) {
      onEvent({ kind: 'skipped', name: file.name, why: 'it is too large' });
      return;
    }
    const buffer = new ByteBuffer();
    file.ondata = (error, chunk, final) => {
      if (stopped) return;
      if (error) {
        stop({ kind: 'broken', why: error.message });
        return;
      }
      total += chunk.length;
      if (buffer.length + chunk.length > limits.entryBytes || total > limits.totalBytes) {
        file.terminate();
        stop({
          kind: 'bomb',
          why: `it expands to more than ${Math.round(Math.min(limits.totalBytes, limits.entryBytes) / 2 ** 20)} MB`,
        });
        return;
      }
      buffer.append(chunk);
      if (final) onEvent({ kind: 'entry', name: file.name, bytes: buffer.view().slice() });
    };
    file.start();
  };

  const push = (chunk: Uint8Array, final: boolean) => {
    try {
      unzip.push(chunk, final);
    } catch (error) {
      stop({ kind: 'broken', why: error instanceof Error ? error.message : String(error) });
    }
  };

  return {
    get stopped() {
      return stopped;
    },
    push(chunk: Uint8Array) {
      for (let at = 0; at < chunk.length && !stopped; at += SLICE) {
        push(chunk.subarray(at, at + SLICE), false);
      }
    },
    end() {
      if (!stopped) push(new Uint8Array(0), true);
    },
  };
}
