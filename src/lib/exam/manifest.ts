/** The package's manifest.json and SHA256SUMS, and a zip with fixed timestamps (same files, same bytes). */
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import type { PackageFile } from './package.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** manifest.json: client, day, and every file with its SHA-256, size and what it is. */
export function manifestFile(
  meta: Record<string, string>,
  files: readonly PackageFile[],
): PackageFile {
  const body = {
    ...meta,
    files: files.map((f) => ({
      path: f.path,
      sha256: sha256(f.bytes),
      bytes: f.bytes.length,
      what: f.what,
    })),
  };
  return {
    path: 'manifest.json',
    what: 'This list',
    bytes: Buffer.from(JSON.stringify(body, null, 2) + '\n'),
  };
}

/** SHA256SUMS in the format `sha256sum -c` reads, for every file (manifest included). */
export function checksumsFile(files: readonly PackageFile[]): PackageFile {
  const lines = files.map((f) => `${sha256(f.bytes)}  ${f.path}\n`).join('');
  return { path: 'SHA256SUMS', what: 'Checksums for sha256sum -c', bytes: Buffer.from(lines) };
}

/** The package as one zip under `name/`, every entry stamped with `day` so output is reproducible. */
export function packageZip(name: string, files: readonly PackageFile[], day: string): Buffer {
  const [y, m, d] = day.split('-').map(Number);
  // Local noon avoids a day shift from the time-zone conversion zip's DOS dates go through.
  const mtime = new Date(y!, m! - 1, d!, 12, 0, 0);
  const tree: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  for (const f of files) tree[`${name}/${f.path}`] = [new Uint8Array(f.bytes), { mtime, level: 6 }];
  return Buffer.from(zipSync(tree));
}
