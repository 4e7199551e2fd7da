/**
 * Runs the secret and personal-data detectors over every content file's raw text (front
 * matter, body, even YAML comments: all of it is in the repository) and reports each
 * finding masked, with the field it sits in.
 */
import type { SourceFile } from '../../content/read.ts';
import { error, type Problem } from '../../problems.ts';
import { fieldAtOffset, placed } from '../located.ts';
import { detectSecrets, type DetectOptions } from './detectors.ts';

/** The provider's medical record number pattern, compiled; a bad pattern is a problem. */
export function medicalRecordPattern(
  pattern: string | undefined,
  file: string,
): { regex?: RegExp; problems: Problem[] } {
  if (!pattern) return { problems: [] };
  try {
    return { regex: new RegExp(pattern, 'g'), problems: [] };
  } catch (err) {
    return {
      problems: [
        error(
          'config/pattern',
          file,
          ['medical_record_pattern'],
          `the medical record number pattern is not a valid regular expression: ${(err as Error).message}`,
          {
            expected: 'a JavaScript regular expression such as \\bMRN[#:\\s-]*\\d{6,10}\\b',
            found: `"${pattern}"`,
          },
        ),
      ],
    };
  }
}

/** Secrets and personal data in one file. */
export function checkSecrets(source: SourceFile, options: DetectOptions): Problem[] {
  return detectSecrets(source.text, options).map((finding) =>
    placed(
      source,
      finding.offset,
      error(
        finding.rule,
        source.file,
        fieldAtOffset(source, finding.offset),
        `${finding.what} must not be in content`,
        {
          expected: finding.rule.startsWith('secrets/')
            ? 'no credentials in content (remove it, and rotate it: it is in the git history)'
            : 'no personal data in content (remove it; it is in the git history)',
          found: finding.masked,
        },
      ),
    ),
  );
}
