/** How a kept matrix version introduces itself: what it changed from, or that it is the first. */

/** Whether version `number` (1-based) has an earlier kept version to compare with. */
export function hasPreviousVersion(number: number): boolean {
  return number > 1;
}

/** The heading over a version's changes: from the version before, or the first recorded one. */
export function versionChangesHeading(number: number): string {
  return hasPreviousVersion(number)
    ? `What changed from version ${number - 1}`
    : 'First recorded version';
}
