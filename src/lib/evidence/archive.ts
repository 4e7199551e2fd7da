/**
 * Superseded policy versions. A policy file always holds the current version; when a new
 * version replaces it, the old text moves to `policies/archive/<policy-id>/<version>.mdx`
 * (or the client's own `policies/archive/…`) and stays readable there, never deleted.
 */
import type { ArchivedPolicy, Policy } from '../../schemas/index.ts';
import { clientFolderOf } from '../content/layout.ts';
import type { Entry, Model } from '../model/types.ts';
import { error, type Problem } from '../problems.ts';

/** One archived version as read from `…/archive/<policy-id>/<version>.mdx`. */
export interface ArchivedVersion {
  /** `<policy-id>/<version>`. */
  id: string;
  /** Id of the live policy it is an earlier version of (its folder name). */
  policy: string;
  /** Path relative to the content root. */
  file: string;
  data: ArchivedPolicy;
}

/** The policy id and file-name version of an archive file path. */
export function archiveParts(file: string): { policy: string; version: string } {
  const parts = file.split('/');
  const name = parts.at(-1) ?? '';
  return { policy: parts.at(-2) ?? '', version: name.replace(/\.mdx?$/, '') };
}

/** Compares versions like "2.10" > "2.9" and "2026.1" > "2025.1". */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The archived versions of `policy`, newest first. */
export function versionsOf(archive: readonly ArchivedVersion[], policy: string): ArchivedVersion[] {
  return archive
    .filter((v) => v.policy === policy)
    .sort(
      (a, b) =>
        b.data.superseded.localeCompare(a.data.superseded) ||
        compareVersions(b.data.version, a.data.version),
    );
}

function checkOne(version: ArchivedVersion, policy: Entry<Policy> | undefined): Problem[] {
  const { file, data } = version;
  const problems: Problem[] = [];
  const { version: fromName } = archiveParts(file);
  if (!policy) {
    return [
      error('archive/policy', file, [], `no policy "${version.policy}" to archive a version of`, {
        expected: 'a folder named after an existing policy id',
        found: `"${version.policy}"`,
      }),
    ];
  }
  const folder = clientFolderOf(file);
  if (folder !== policy.data.client) {
    problems.push(
      error('archive/location', file, [], 'an archived version must sit beside its policy', {
        expected: policy.data.client
          ? `clients/${policy.data.client}/policies/archive/${policy.id}/`
          : `policies/archive/${policy.id}/`,
        found: file,
      }),
    );
  }
  if (data.version !== fromName) {
    problems.push(
      error('archive/location', file, ['version'], 'the file name and the version disagree', {
        expected: `"${fromName}" (the file name)`,
        found: `"${data.version}"`,
      }),
    );
  }
  if (data.version === policy.data.version) {
    problems.push(
      error('archive/current', file, ['version'], 'the current version cannot also be archived', {
        expected: `a version other than ${policy.data.version}, which ${policy.file} holds`,
        found: `"${data.version}"`,
      }),
    );
  }
  if (data.superseded <= data.effective) {
    problems.push(
      error('dates/order', file, ['superseded'], 'superseded on or before it took effect', {
        expected: `a date after ${data.effective}`,
        found: data.superseded,
      }),
    );
  }
  if (data.superseded > policy.data.effective) {
    problems.push(
      error(
        'dates/order',
        file,
        ['superseded'],
        'superseded after the current version took effect',
        {
          expected: `on or before ${policy.data.effective} (effective date of ${policy.file})`,
          found: data.superseded,
        },
      ),
    );
  }
  return problems;
}

/** Problems with archived versions: unknown policy, wrong folder or name, impossible dates. */
export function checkArchive(model: Model, archive: readonly ArchivedVersion[]): Problem[] {
  return archive.flatMap((version) => checkOne(version, model.policiesById.get(version.policy)));
}
