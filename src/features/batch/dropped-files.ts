/**
 * The files of a drop, folders included: Chromium, Firefox and Safari give a dropped folder as a
 * FileSystemDirectoryEntry (webkitGetAsEntry); its files are read recursively, named by their
 * path. https://developer.mozilla.org/en-US/docs/Web/API/DataTransferItem/webkitGetAsEntry
 */
import type { BatchFile } from './batch-protocol.ts';

/** A folder with more than this is read only this far: the page says so. */
export const MAX_FOLDER_FILES = 100_000;

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: BatchFile[]): Promise<void> {
  if (out.length >= MAX_FOLDER_FILES) return;
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    out.push({ name: entry.fullPath.replace(/^\//, ''), file });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in pages (100 at a time in Chromium) until it answers none.
  for (let page = await readEntries(reader); page.length > 0; page = await readEntries(reader)) {
    for (const child of page) await walk(child, out);
  }
}

export async function filesOfDrop(data: DataTransfer): Promise<BatchFile[]> {
  const entries = [...data.items]
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
    .filter((entry): entry is FileSystemEntry => !!entry);
  if (entries.length === 0) return [...data.files].map((file) => ({ name: file.name, file }));
  const out: BatchFile[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}

/** Files from an <input type=file>, named by their path when a folder was chosen. */
export function filesOfInput(list: FileList): BatchFile[] {
  return [...list].map((file) => ({ name: file.webkitRelativePath || file.name, file }));
}
