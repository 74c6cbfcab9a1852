/**
 * The shard router: for any router key (see router-keys.ts), which search shards may hold it. It is a Bloom filter
 * per shard, cut into bucket files: a key is hashed to one bucket, and the bucket's file holds one small bit block
 * per shard, so the search page downloads one file of a few KB per key and learns about every shard at once. A
 * shard that lacks a key certainly lacks it; one that seems to hold it holds it with a false-positive rate of about
 * 1 %, which costs no more than searching that shard for nothing.
 */
export interface RouterParams {
  /** Bucket files; a power of two. */
  buckets: number;
  /** Bytes of each shard's block in a bucket file. */
  blockBytes: number;
  /** Bits set per key. */
  probes: number;
  /** Shards in each bucket file, in the order of `shards.json`. */
  shards: number;
}

/** A key's hashes: which bucket, and where its bits are within a block. */
export type KeyHash = readonly [bucket: number, first: number, step: number];

/** Bits per key at about 1 % false positives with {@link PROBES} probes. */
const BITS_PER_KEY = 10;
const PROBES = 7;
/** Target size of one bucket file. */
const BUCKET_FILE_BYTES = 4096;

/** Router sizes for shards holding `keyCounts` distinct keys each. */
export function sizeRouter(keyCounts: readonly number[]): RouterParams {
  const shards = keyCounts.length;
  const most = Math.max(1, ...keyCounts);
  const totalBytes = (shards * most * BITS_PER_KEY) / 8;
  let buckets = 1;
  while (buckets < 65536 && totalBytes / buckets > BUCKET_FILE_BYTES) buckets *= 2;
  return { buckets, blockBytes: Math.max(8, Math.ceil((most * BITS_PER_KEY) / buckets / 8)), probes: PROBES, shards };
}

/** The hashes of a key (murmur3's 32-bit finalizer over FNV-1a of its UTF-16 code units, three seeds). */
export function hashKey(key: string): KeyHash {
  return [hash32(key, 0x811c9dc5), hash32(key, 0x9747b28c), hash32(key, 0x85ebca6b) | 1];
}

function hash32(key: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** Which bucket file holds a key. */
export function bucketOf(hash: KeyHash, params: RouterParams): number {
  return hash[0] & (params.buckets - 1);
}

/** The bits a key sets in its shard's block, as bit offsets within the block. */
function bitsOf(hash: KeyHash, params: RouterParams): number[] {
  const bits = params.blockBytes * 8;
  const offsets: number[] = [];
  for (let i = 0; i < params.probes; i++) offsets.push(((hash[1] + Math.imul(i, hash[2])) >>> 0) % bits);
  return offsets;
}

/** Bit blocks of one shard for every bucket, as the build fills them. */
export function createShardFilter(params: RouterParams): Uint8Array {
  return new Uint8Array(params.buckets * params.blockBytes);
}

/** Record a key in one shard's filter. */
export function addKey(filter: Uint8Array, hash: KeyHash, params: RouterParams): void {
  const block = bucketOf(hash, params) * params.blockBytes;
  for (const bit of bitsOf(hash, params)) filter[block + (bit >> 3)]! |= 1 << (bit & 7);
}

/** One bucket file: every shard's block of that bucket, shard after shard. */
export function bucketFile(filters: readonly Uint8Array[], bucket: number, params: RouterParams): Uint8Array {
  const file = new Uint8Array(filters.length * params.blockBytes);
  filters.forEach((filter, shard) => file.set(filter.subarray(bucket * params.blockBytes, (bucket + 1) * params.blockBytes), shard * params.blockBytes));
  return file;
}

/** Which shards may hold a key, read from the key's bucket file. */
export function shardsHolding(file: Uint8Array, hash: KeyHash, params: RouterParams): boolean[] {
  const bits = bitsOf(hash, params);
  return Array.from({ length: params.shards }, (_, shard) => {
    const block = shard * params.blockBytes;
    return bits.every((bit) => ((file[block + (bit >> 3)] ?? 0) & (1 << (bit & 7))) !== 0);
  });
}

/** Name of a bucket's file within the router folder. */
export function bucketFileName(bucket: number): string {
  return `${bucket.toString(16).padStart(4, '0')}.bin`;
}
