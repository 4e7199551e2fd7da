/** `SHA256SUMS` in each folder, in the format `sha256sum -c` reads. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles, mapLimit, sha256File } from './files.ts';

export const CHECKSUM_FILE = 'SHA256SUMS';

/** Writes the checksum list of every file in `folder`; returns its text. */
export async function writeChecksums(folder: string): Promise<string> {
  const files = (await listFiles(folder)).filter((f) => f !== CHECKSUM_FILE);
  const lines = await mapLimit(
    files,
    16,
    async (f) => `${await sha256File(join(folder, f))}  ${f}`,
  );
  const text = lines.join('\n') + '\n';
  await writeFile(join(folder, CHECKSUM_FILE), text);
  return text;
}
