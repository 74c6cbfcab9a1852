/**
 * The shard router: for any router key (see router-keys.ts), which search shards may hold it. It is a Bloom filter
 * per shard, each cut into the same {@link FILTER_BUCKETS} buckets: a key is hashed to one bucket, and its bits are
 * set within that bucket's block of the shard's filter. Each shard's filter is sized for its own keys when the shard
 * is indexed and cached with it, so an unchanged shard's filter is reused as is. The router's files each hold a run
 * of buckets of every shard, so the search page downloads one file of a few KB per key and learns about every
 * shard at once. A shard that lacks a key certainly lacks it; one that seems to hold it holds it with a
 * false-positive rate of about 1 %, which costs no more than searching that shard for nothing.
 */
export interface RouterParams {
  /** Buckets of every shard's filter: {@link FILTER_BUCKETS}. */
  buckets: number;
  /** Router files; a power of two, each holding `buckets / files` consecutive buckets of every shard. */
  files: number;
  /** Bytes of one bucket's block in each shard's filter, in the order of `shards.json`. */
  blockBytes: number[];
  /** Bits set per key. */
  probes: number;
}

/** A key's hashes: which bucket, and where its bits are within a block. */
export type KeyHash = readonly [bucket: number, first: number, step: number];

/** Bits per key at about 1 % false positives with {@link PROBES} probes. */
const BITS_PER_KEY = 10;
const PROBES = 7;
/** Buckets of a shard's filter; a power of two. */
export const FILTER_BUCKETS = 65536;
/** Smallest block: a shard of few keys still spreads each bucket's over 64 bits. */
const MIN_BLOCK_BYTES = 8;
/** Target size of one router file. */
const ROUTER_FILE_BYTES = 4096;

/** A shard's Bloom filter: {@link FILTER_BUCKETS} blocks of `blockBytes`. */
export interface ShardFilter {
  blockBytes: number;
  bits: Uint8Array;
}

/** An empty filter for a shard of `keyCount` distinct keys. */
export function createShardFilter(keyCount: number): ShardFilter {
  const blockBytes = Math.max(MIN_BLOCK_BYTES, Math.ceil((keyCount * BITS_PER_KEY) / FILTER_BUCKETS / 8));
  return { blockBytes, bits: new Uint8Array(FILTER_BUCKETS * blockBytes) };
}

/** Router parameters for shards whose filters have these block sizes (in `shards.json` order). */
export function sizeRouter(blockBytes: readonly number[]): RouterParams {
  const perBucket = blockBytes.reduce((total, bytes) => total + bytes, 0);
  let files = FILTER_BUCKETS;
  while (files > 1 && (FILTER_BUCKETS / files) * 2 * perBucket <= ROUTER_FILE_BYTES) files /= 2;
  return { buckets: FILTER_BUCKETS, files, blockBytes: [...blockBytes], probes: PROBES };
}

/** Seeds of a key's three hashes: its bucket, its first bit, the step between its bits. */
const BUCKET_SEED = 0x811c9dc5;
const START_SEED = 0x9747b28c;
const STEP_SEED = 0x85ebca6b;

/** The hashes of a key (murmur3's 32-bit finalizer over FNV-1a of its UTF-16 code units, three seeds). */
export function hashKey(key: string): KeyHash {
  return [hash32(key, BUCKET_SEED), hash32(key, START_SEED), hash32(key, STEP_SEED) | 1];
}

/**
 * Record in a shard's filter the key made of these UTF-16 code units (`third` -1 for two), as {@link addKey} with
 * {@link hashKey} of its string would: for the millions of a shard, without a string or an array per key.
 */
export function addKeyOfCodes(filter: ShardFilter, first: number, second: number, third: number): void {
  setKeyBits(
    filter,
    hashCodes(first, second, third, BUCKET_SEED),
    hashCodes(first, second, third, START_SEED),
    hashCodes(first, second, third, STEP_SEED) | 1,
  );
}

/** {@link hash32} of the string of two or three code units. */
function hashCodes(first: number, second: number, third: number, seed: number): number {
  let hash = seed >>> 0;
  hash = Math.imul(hash ^ first, 0x01000193);
  hash = Math.imul(hash ^ second, 0x01000193);
  if (third >= 0) hash = Math.imul(hash ^ third, 0x01000193);
  return finish(hash);
}

function finish(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

function hash32(key: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return finish(hash);
}

/** Which router file holds a key. */
export function fileOf(hash: KeyHash, params: Pick<RouterParams, 'buckets' | 'files'>): number {
  return Math.floor((hash[0] & (params.buckets - 1)) / (params.buckets / params.files));
}

/** Whether every bit of a key is set in the block starting at `block` of `blockBytes` in `bytes`. */
function holds(bytes: Uint8Array, block: number, blockBytes: number, hash: KeyHash, probes: number): boolean {
  const bits = blockBytes * 8;
  for (let i = 0; i < probes; i++) {
    const bit = ((hash[1] + Math.imul(i, hash[2])) >>> 0) % bits;
    if (((bytes[block + (bit >> 3)] ?? 0) & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}

/** Record a key in a shard's filter. */
export function addKey(filter: ShardFilter, hash: KeyHash): void {
  setKeyBits(filter, hash[0], hash[1], hash[2]);
}

/** Set a key's bits, from its three hashes, in its bucket's block of a shard's filter (as {@link holds} reads them). */
function setKeyBits(filter: ShardFilter, bucket: number, start: number, step: number): void {
  const { blockBytes, bits: bytes } = filter;
  const bits = blockBytes * 8;
  const block = (bucket & (FILTER_BUCKETS - 1)) * blockBytes;
  for (let i = 0; i < PROBES; i++) {
    const bit = ((start + Math.imul(i, step)) >>> 0) % bits;
    bytes[block + (bit >> 3)]! |= 1 << (bit & 7);
  }
}

/** One router file: the run of buckets it holds, of every shard's filter, shard after shard. */
export function routerFile(filters: readonly Uint8Array[], file: number, params: RouterParams): Uint8Array {
  const run = params.buckets / params.files;
  const parts = filters.map((filter, shard) => filter.subarray(file * run * params.blockBytes[shard]!, (file + 1) * run * params.blockBytes[shard]!));
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** Which shards may hold a key, read from the key's router file. */
export function shardsHolding(file: Uint8Array, hash: KeyHash, params: RouterParams): boolean[] {
  const run = params.buckets / params.files;
  const inRun = (hash[0] & (params.buckets - 1)) % run;
  let start = 0;
  return params.blockBytes.map((blockBytes) => {
    const held = holds(file, start + inRun * blockBytes, blockBytes, hash, params.probes);
    start += run * blockBytes;
    return held;
  });
}

/** Name of a router file within the router folder. */
export function routerFileName(file: number): string {
  return `${file.toString(16).padStart(4, '0')}.bin`;
}
