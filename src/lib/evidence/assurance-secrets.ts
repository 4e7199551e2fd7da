/**
 * Secrets and personal data in evidence records, exceptions, decisions, board files and
 * text attachments, with the same detectors as every other content file. An attachment's
 * finding is reported on the record that attaches it (field `attachment.file`).
 */
import { readFile } from 'node:fs/promises';
import { checkSecrets } from '../checks/secrets/check.ts';
import { detectSecrets } from '../checks/secrets/detectors.ts';
import { error, type Problem } from '../problems.ts';
import type { AssuranceRead } from './assurance-read.ts';

/** Attachments read as text for the scan; binary formats are left to the built-folder leak scan. */
const TEXT_ATTACHMENT = /\.(csv|txt|md|json|ya?ml|xml|html?)$/i;

/** Findings in every assurance file and text attachment under `root`. */
export async function checkAssuranceSecrets(
  root: string,
  read: AssuranceRead,
  medicalRecordPattern?: RegExp,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const options = medicalRecordPattern ? { medicalRecordPattern } : {};
  for (const [file, text] of read.texts) {
    const parsed = read.parsed.get(file)!;
    problems.push(
      ...checkSecrets({ collection: 'clients', id: file, file, text, parsed }, options),
    );
  }
  for (const { records } of read.assurance.values()) {
    for (const record of records) {
      if (!record.attachmentFile || !TEXT_ATTACHMENT.test(record.attachmentFile)) continue;
      const text = await readFile(`${root}/${record.attachmentFile}`, 'utf8').catch(() => '');
      for (const finding of detectSecrets(text, options)) {
        problems.push(
          error(
            finding.rule,
            record.file,
            ['attachment', 'file'],
            `${finding.what} in the attachment ${record.attachmentFile}`,
            {
              expected:
                'no credentials or personal data in an attachment (remove it; it is in the git history)',
              found: finding.masked,
            },
          ),
        );
      }
    }
  }
  return problems;
}
