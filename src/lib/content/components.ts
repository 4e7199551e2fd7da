/** MDX components content authors may use (`<Callout>`); the content check rejects others. */
export const MDX_COMPONENT_NAMES = ['Callout'] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
