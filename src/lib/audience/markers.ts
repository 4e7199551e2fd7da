/**
 * Comment markers the layouts write around audience-specific regions of a page, and that
 * assembly rewrites per audience. Only our own components emit them; content cannot
 * (MDX has no HTML comments, and the content check rejects the marker text).
 */

/** Wraps the brand and navigation, which assembly swaps for the audience's own. */
export const MASTHEAD_START = '<!--tandem:masthead-->';
export const MASTHEAD_END = '<!--/tandem:masthead-->';

/** Wraps staff-only parts of a page shared with clients; removed from client folders. */
export const STAFF_START = '<!--tandem:staff-->';
export const STAFF_END = '<!--/tandem:staff-->';

/** The name of the meta tag that carries a page's audience; removed on assembly. */
export const AUDIENCE_META = 'tandem-audience';

/** The literal text content may never contain. */
export const MARKER_PREFIX = 'tandem:';
