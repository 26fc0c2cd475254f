/**
 * How contributor Markdown becomes HTML. A story's text must never run code:
 * raw HTML fails the build with a message naming the file, and the rendered
 * HTML is sanitised again in case anything slips through.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeExternalLinks from 'rehype-external-links';
import type { Root as MdastRoot } from 'mdast';
import type { VFile } from 'vfile';

/** Which HTML survives: GitHub's schema without style, forms or non-web URL schemes. */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !['input', 'form', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'].includes(t)),
  protocols: { href: ['http', 'https'], src: ['http', 'https'], cite: ['http', 'https'] },
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((a) => a !== 'style'),
  },
};

/** Link rel for links that leave the site: the text is user-generated. */
export const EXTERNAL_REL = ['nofollow', 'ugc', 'noopener'];

export interface PipelineOptions {
  /** 'error' (the site) refuses raw HTML; 'strip' (security tests) lets the sanitiser remove it. */
  rawHtml?: 'error' | 'strip';
}

const relative = (file: VFile) => (file.path ? file.path.replace(`${process.cwd()}/`, '') : 'a Markdown file');

/** Fails on the first raw HTML node, naming file, line and fix. */
export function remarkRejectRawHtml() {
  return (tree: MdastRoot, file: VFile) => {
    const visit = (node: any): void => {
      if (node.type === 'html') {
        const snippet = String(node.value).trim().slice(0, 60).replace(/\s+/g, ' ');
        const line = node.position?.start?.line;
        throw new Error(
          `${relative(file)}${line ? `:${line}` : ''}: the story body contains raw HTML (${snippet}). ` +
            'Stories are plain Markdown: remove the HTML and use Markdown instead (**bold**, _italic_, [link text](https://…), ## Heading).',
        );
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}

export function markdownProcessor({ rawHtml = 'error' }: PipelineOptions = {}) {
  return unified({
    remarkPlugins: rawHtml === 'error' ? [remarkRejectRawHtml] : [],
    rehypePlugins: [
      [rehypeSanitize, sanitizeSchema],
      [rehypeExternalLinks, { rel: EXTERNAL_REL, target: false }],
    ],
  });
}
