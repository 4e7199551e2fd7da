/**
 * Assembly recognises its own comment markers (`<!--tandem:staff-->` …) in rendered
 * pages; content that carries the marker text could open or close a staff-only region.
 */
import { MARKER_PREFIX } from '../audience/markers.ts';
import type { SourceFile } from '../content/read.ts';
import { error, type Problem } from '../problems.ts';
import { fieldAtOffset, placed } from './located.ts';

/** Every occurrence of the marker text in a file, front matter and body alike. */
export function checkMarkers(source: SourceFile): Problem[] {
  const problems: Problem[] = [];
  for (let at = source.text.indexOf(MARKER_PREFIX); at !== -1;) {
    problems.push(
      placed(
        source,
        at,
        error(
          'content/marker',
          source.file,
          fieldAtOffset(source, at),
          `content cannot contain the text "${MARKER_PREFIX}", which the build uses to mark page regions`,
          {
            expected: `no "${MARKER_PREFIX}"`,
            found: `"${source.text.slice(at, at + 24).split('\n')[0]}"`,
          },
        ),
      ),
    );
    at = source.text.indexOf(MARKER_PREFIX, at + MARKER_PREFIX.length);
  }
  return problems;
}
