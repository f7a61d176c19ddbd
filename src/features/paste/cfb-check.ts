/**
 * Checks an Outlook .msg (a compound file, [MS-CFB]) before @kenjiuno/msgreader reads it. The
 * reader trusts the file's own counts and chains: a chain of sectors that loops makes it grow an
 * array until the JavaScript engine aborts the whole process, a directory whose entries point
 * back at each other makes it walk for ever, and a stream that claims 2 GB makes it allocate
 * 2 GB. This walks what the reader will walk, the way it walks it (Reader.js of msgreader
 * 1.28: sector numbers clamped as its DataStream clamps them, entries of unknown type read as
 * empty), and refuses the file when a walk would not end or would cost more than the file holds.
 * Where the reader would simply throw (a read past the end), the walk stops and lets it: that
 * fails fast on its own. See docs/decisions/066-hostile-outlook-files.md.
 */

/** Why a file was refused, for a log; the page says only that the file could not be read. */
export type CfbProblem = string;

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** [MS-CFB] s2.1: the special sector numbers the reader looks at. */
const END_OF_CHAIN = -2;
const FREE = -1;
const ENTRY_SIZE = 128;
/** Streams below this size live in the mini stream ([MS-CFB] s2.6.3). */
const MINI_CUTOFF = 0x1000;
/** The header's own list of FAT sectors ([MS-CFB] s2.2: 109 entries from offset 0x4C). */
const HEADER_FAT_ENTRIES = 109;
/** DIFAT sectors the reader may visit; beyond this its walk costs more than a second. */
const DIFAT_ROUNDS = 1 << 16;
/** FAT sectors the reader may list (a 25 MB file needs about 400): each costs it memory. */
const MAX_FAT_SECTORS = 1 << 20;
/** Storages inside storages: a message in an attachment in a message... real files nest a few. */
const MAX_DEPTH = 32;
/** [MS-CFB] s2.6.1 object types the reader knows; any other entry reads as empty. */
const STORAGE = 1;
const STREAM = 2;
const ROOT = 5;

/** Thrown where the reader would throw too (a read past the end of the file). */
class ReaderFails extends Error {}
/** Thrown where the reader would not stop, or would take more than the file holds. */
class Refused extends Error {}

interface Entry {
  type: number;
  name: string;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

/** The file as the reader sees it: clamped reads that throw past the end, and its chains. */
class CompoundFile {
  readonly view: DataView;
  readonly sectorSize: number;
  readonly perSector: number;
  /** Sectors the file holds; a chain that visits more than a few times this many loops. */
  readonly steps: number;
  fat: number[] = [];
  miniFat: number[] = [];

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The reader takes 4096-byte sectors when the sector shift is 12, else 512.
    this.sectorSize = bytes[30] === 12 ? 4096 : 512;
    this.perSector = this.sectorSize / 4;
    this.steps = 4 * (Math.ceil(bytes.length / this.sectorSize) + 2) + 16;
  }

  /** The reader's seek, clamped into the file (NaN to 0), then a read that throws past the end. */
  at(offset: number, length: number): number {
    const position = Math.max(0, Math.min(this.bytes.length, offset));
    const clamped = Number.isFinite(position) ? position : 0;
    if (clamped + length > this.bytes.length) throw new ReaderFails();
    return clamped;
  }

  int(offset: number): number {
    return this.view.getInt32(this.at(offset, 4), true);
  }

  short(offset: number): number {
    return this.view.getInt16(this.at(offset, 2), true);
  }

  byte(offset: number): number {
    return this.view.getInt8(this.at(offset, 1));
  }

  sectorOffset(sector: number): number {
    return (sector + 1) * this.sectorSize;
  }

  /** The reader's getNextBlockInner: the entry for `sector` in the sectors listed in `table`. */
  next(sector: number, table: number[]): number {
    const holder = table[Math.floor(sector / this.perSector)];
    if (holder === undefined) return END_OF_CHAIN;
    return this.int(this.sectorOffset(holder) + 4 * (sector % this.perSector));
  }

  /** The chain from `start` to END_OF_CHAIN; refused when it comes back to a sector it passed. */
  chain(start: number, table: number[], what: string): number[] {
    const seen = new Set<number>();
    const sectors: number[] = [];
    for (let sector = start; sector !== END_OF_CHAIN; sector = this.next(sector, table)) {
      if (seen.has(sector) || sectors.length > this.steps) throw new Refused(`${what} loops`);
      seen.add(sector);
      sectors.push(sector);
    }
    return sectors;
  }
}

/** The FAT's sectors: the header's list, then the DIFAT chain ([MS-CFB] s2.5), as the reader. */
function readFat(file: CompoundFile): void {
  const count = file.int(0x2c);
  if (count < 0) throw new ReaderFails(); // new Array(negative)
  for (let i = 0; i < Math.min(count, HEADER_FAT_ENTRIES); i++)
    file.fat.push(file.int(0x4c + 4 * i));
  const difatSectors = file.int(0x48);
  let remaining = count - Math.min(count, HEADER_FAT_ENTRIES);
  let next = file.int(0x44);
  for (let i = 0; i < difatSectors; i++) {
    // Each round costs the reader one sector's read: a few thousand are nothing, millions freeze.
    if (i > DIFAT_ROUNDS) throw new Refused('the DIFAT chain loops');
    // The reader reads the whole sector from where its seek lands.
    const offset = file.at(file.sectorOffset(next), file.sectorSize);
    const take = Math.min(remaining, file.perSector - 1);
    for (let j = 0; j < take; j++) {
      const sector = file.int(offset + 4 * j);
      if (sector === FREE || sector === END_OF_CHAIN) break;
      if (file.fat.length > MAX_FAT_SECTORS) throw new Refused('the FAT lists millions of sectors');
      file.fat.push(sector);
    }
    remaining -= take;
    next = file.int(offset + 4 * (file.perSector - 1));
    if (next === FREE || next === END_OF_CHAIN) break;
  }
}

/** The mini FAT's sectors: at most the header's count, along the FAT from its start. */
function readMiniFat(file: CompoundFile): void {
  const count = file.int(0x40);
  let sector = file.int(0x3c);
  for (let i = 0; i < count && sector && sector !== END_OF_CHAIN; i++) {
    if (i > file.steps) throw new Refused('the chain of the mini FAT loops');
    file.miniFat.push(sector);
    sector = file.next(sector, file.fat);
  }
}

function readEntries(file: CompoundFile): Entry[] {
  const entries: Entry[] = [];
  for (const sector of file.chain(file.int(0x30), file.fat, 'the chain of the directory')) {
    const start = file.sectorOffset(sector);
    for (let offset = start; offset < start + file.sectorSize; offset += ENTRY_SIZE) {
      if (file.bytes.length < offset + 0x42) break;
      const type = file.byte(offset + 0x42);
      const known = type === STORAGE || type === STREAM || type === ROOT;
      const name = known ? nameAt(file, offset) : '';
      entries.push({
        type,
        name,
        left: known ? file.int(offset + 0x44) : FREE,
        right: known ? file.int(offset + 0x48) : FREE,
        child: known ? file.int(offset + 0x4c) : FREE,
        start: known ? file.int(offset + 0x74) : 0,
        size: known ? file.int(offset + 0x78) : 0,
      });
    }
  }
  return entries;
}

/** The start of an entry's name (UTF-16, [MS-CFB] s2.6.1): enough to tell what the reader reads. */
function nameAt(file: CompoundFile, offset: number): string {
  const length = file.short(offset + 0x40);
  let name = '';
  for (let i = 0; i + 1 < Math.min(length, 64) && offset + i + 1 < file.bytes.length; i += 2) {
    const code = file.bytes[offset + i]! | (file.bytes[offset + i + 1]! << 8);
    if (code === 0) break;
    name += String.fromCharCode(code);
  }
  return name;
}

/** The streams the reader reads whole: properties ([MS-OXMSG] s2.1.3, s2.4), data included. */
const readByReader = (entry: Entry) =>
  entry.name.startsWith('__substg1.') || entry.name === '__properties_version1.0';

/**
 * The reader's tree walk (createPropertyHierarchy): each storage's red-black tree from its child,
 * storages entered as they are met. Returns the streams it reaches. An entry met more than a
 * few times over means entries that point back at each other: the reader would not stop.
 */
function reachableStreams(entries: Entry[]): Entry[] {
  const streams: Entry[] = [];
  const limit = 2 * entries.length + 16;
  let visits = 0;
  const storages: [entry: Entry, depth: number][] = [[entries[0]!, 0]];
  while (storages.length > 0) {
    const [storage, depth] = storages.pop()!;
    if (depth > MAX_DEPTH) throw new Refused(`storages nest more than ${MAX_DEPTH} deep`);
    if (storage.child === FREE) continue;
    const pending = [storage.child];
    while (pending.length > 0) {
      const entry = entries[pending.pop()!];
      // The reader throws here, but perhaps only after a loop elsewhere: go on looking.
      if (!entry) continue;
      if (++visits > limit) throw new Refused('the directory entries form a loop');
      if (entry.type === STORAGE) storages.push([entry, depth + 1]);
      else if (entry.type === STREAM) streams.push(entry);
      if (entry.right !== FREE) pending.push(entry.right);
      if (entry.left !== FREE) pending.push(entry.left);
    }
  }
  return streams;
}

/** A small stream's chain; where the reader would throw, as long as it got (the others count). */
function smallChainLength(file: CompoundFile, stream: Entry): number {
  try {
    return file.chain(stream.start, file.miniFat, 'the chain of a small stream').length;
  } catch (error) {
    if (error instanceof ReaderFails) return 0;
    throw error;
  }
}

/** What reading every stream costs: each small stream's chain, every size against the file's. */
function checkStreams(file: CompoundFile, streams: Entry[]): void {
  let total = 0;
  let miniSteps = 0;
  const budget = 4 * file.bytes.length + (1 << 20);
  for (const stream of streams) {
    // A negative size makes the reader throw, but the streams are not read in this order.
    if (stream.size <= 0 || !readByReader(stream)) continue;
    total += stream.size;
    // A damaged size that overshoots a little reads as garbage, harmlessly; 2 GB is allocated.
    if (total > budget)
      throw new Refused(`the streams claim ${total} bytes in a file of ${file.bytes.length}`);
    if (stream.size >= MINI_CUTOFF) continue;
    // Small streams share the mini FAT: together their chains are no longer than it.
    miniSteps += smallChainLength(file, stream);
    if (miniSteps > file.miniFat.length * file.perSector + streams.length + 16)
      throw new Refused('the chains of the small streams overlap');
  }
}

/** Undefined when the file is safe to hand to the reader (which may still refuse it); else why not. */
export function checkCompoundFile(bytes: Uint8Array): CfbProblem | undefined {
  const file = new CompoundFile(bytes);
  // Not a compound file: the reader says so itself, without reading further.
  if (bytes.length < 8 || SIGNATURE.some((byte, i) => bytes[i] !== byte)) return undefined;
  try {
    readFat(file);
    readMiniFat(file);
    const entries = readEntries(file);
    if (!entries[0]) throw new ReaderFails();
    const streams = reachableStreams(entries);
    file.chain(entries[0].start, file.fat, 'the chain of the mini stream');
    checkStreams(file, streams);
    return undefined;
  } catch (error) {
    if (error instanceof Refused) return error.message;
    if (error instanceof ReaderFails || error instanceof RangeError) return undefined;
    throw error;
  }
}
