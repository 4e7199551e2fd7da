/** Corpus: what an MDX body may contain (components, code, comments, images, marker text). */
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { appendBody, replace, runCorpus } from './harness.ts';

const SERVICE = 'services/monitoring.mdx';
const POLICY = 'policies/security-policy.mdx';

runCorpus('MDX bodies', [
  {
    name: 'an unknown component',
    mutate: (root) => appendBody(root, SERVICE, '<KpiChart metric="mtta" />'),
    file: SERVICE,
    field: 'body',
    rule: 'mdx/component',
    at: '<KpiChart',
    says: '<KpiChart>',
  },
  {
    name: 'raw HTML in MDX',
    mutate: (root) => appendBody(root, POLICY, 'Read this: <span class="x">carefully</span>.'),
    file: POLICY,
    field: 'body',
    rule: 'mdx/component',
    at: '<span',
  },
  {
    name: 'a Callout of a type that does not exist',
    mutate: (root) =>
      appendBody(root, POLICY, '<Callout type="danger">Never share a password.</Callout>'),
    file: POLICY,
    field: 'body',
    rule: 'mdx/component',
    says: '"danger"',
  },
  {
    name: 'an image without alt text',
    mutate: (root) =>
      appendBody(root, 'runbooks/restore-drill.mdx', 'The console:\n\n![](/console.png)'),
    file: 'runbooks/restore-drill.mdx',
    field: 'body',
    rule: 'mdx/image-alt',
    at: '![](/console.png)',
  },
  {
    name: 'an HTML comment in MDX',
    mutate: (root) => appendBody(root, POLICY, 'Intro.\n\n<!-- TODO: ask legal -->\n\nMore.'),
    file: POLICY,
    field: 'body',
    rule: 'mdx/html-comment',
    at: '<!-- TODO',
  },
  {
    name: 'an HTML comment in a Markdown page',
    mutate: async (root) => {
      await rename(join(root, 'services/backup.mdx'), join(root, 'services/backup.md'));
      await appendBody(root, 'services/backup.md', '<!--/tandem-staff-->');
    },
    file: 'services/backup.md',
    field: 'body',
    rule: 'mdx/html-comment',
    at: '<!--/tandem-staff-->',
  },
  {
    name: 'the marker text in a body',
    mutate: (root) => appendBody(root, POLICY, 'Staff notes start at tandem:staff here.'),
    file: POLICY,
    field: 'body',
    rule: 'content/marker',
    at: 'tandem:staff',
  },
  {
    name: 'the marker text in front matter',
    mutate: (root) =>
      replace(root, POLICY, 'summary: How the provider', 'summary: tandem:staff How the provider'),
    file: POLICY,
    field: 'summary',
    rule: 'content/marker',
    at: 'tandem:staff',
  },
  {
    name: 'an import in a body',
    mutate: (root) =>
      appendBody(root, SERVICE, "import Secret from '../../src/components/Secret.astro';"),
    file: SERVICE,
    field: 'body',
    rule: 'mdx/code',
    at: 'import Secret',
  },
  {
    name: 'a { } expression in a body',
    mutate: (root) => appendBody(root, SERVICE, 'Uptime is {99.9 + 0.05} percent.'),
    file: SERVICE,
    field: 'body',
    rule: 'mdx/code',
    at: '{99.9',
  },
  {
    name: 'a body that is not valid MDX',
    mutate: (root) => appendBody(root, SERVICE, '<Callout type="note">\n\nNever closed.'),
    file: SERVICE,
    field: 'body',
    rule: 'mdx/syntax',
  },
]);
