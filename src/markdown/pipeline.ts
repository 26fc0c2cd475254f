/**
 * How contributor Markdown becomes HTML. A story's text must never run code
 * or make a reader's browser contact another site: raw HTML and remote images
 * fail the build with a message naming the file and line, and the rendered
 * HTML is sanitised again in case anything slips through.
 */
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { unified } from '@astrojs/markdown-remark';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeExternalLinks from 'rehype-external-links';
import type { Root as MdastRoot } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import { slug } from 'github-slugger';
import { isRemoteUrl, refusalsIn } from './contributor-rules';

/** Prefix on every id that comes from contributor text, so no story can take an id the page itself uses. */
export const ID_PREFIX = 'user-content-';

/** Which HTML survives: GitHub's schema without style, forms, frames or non-web URL schemes. */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter(
    (t) => !['input', 'form', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'meta', 'base', 'link', 'style', 'script'].includes(t),
  ),
  protocols: { href: ['http', 'https'], src: ['http', 'https'], cite: ['http', 'https'], longDesc: ['http', 'https'] },
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((a) => a !== 'style'),
  },
  clobberPrefix: ID_PREFIX,
};

/** Link rel for links that leave the site: the text is user-generated. */
export const EXTERNAL_REL = ['nofollow', 'ugc', 'noopener'];

export interface PipelineOptions {
  /** 'error' (the site) refuses raw HTML and remote images; 'strip' (security tests) lets the sanitiser remove them. */
  rawHtml?: 'error' | 'strip';
}

const relative = (file: VFile) => (file.path ? file.path.replace(`${process.cwd()}/`, '') : 'a Markdown file');

/** Astro hands the processor the trimmed body without its frontmatter: count the lines before it, so lines match the file. */
function linesBeforeBody(file: VFile): number {
  try {
    const whole = readFileSync(file.path, 'utf8');
    const frontmatterEnd = /^---\r?\n[\s\S]*?\r?\n---/.exec(whole)?.[0].length ?? 0;
    const start = whole.indexOf(String(file.value), frontmatterEnd);
    return start > 0 ? whole.slice(0, start).split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}

const where = (file: VFile, node: { position?: { start: { line: number } } }) => {
  const line = node.position?.start?.line;
  return `${relative(file)}${line ? `:${line + linesBeforeBody(file)}` : ''}`;
};

/**
 * Every refusal of this build. Astro's glob loader only logs an error thrown
 * while rendering and publishes the entry without its text
 * (withastro/astro#18054), so markdownGuard() fails the build on these. This
 * is the module's only state, and only because of that issue: the processor
 * and the integration share nothing else.
 */
const refusals: string[] = [];
const refuse = (message: string): never => {
  refusals.push(message);
  throw new Error(message);
};

/** Integration that turns the refusals above into a failed build, before any page is written. */
export function markdownGuard(): AstroIntegration {
  return {
    name: 'ydv-markdown-guard',
    hooks: {
      'astro:config:setup': () => void refusals.splice(0),
      'astro:build:start': () => {
        if (refusals.length) {
          throw new AstroError(
            `Contributor Markdown was refused (${refusals.length} problem${refusals.length > 1 ? 's' : ''}):\n- ${refusals.join('\n- ')}`,
            'Stories are plain Markdown: each line names the file and line and how to write it without HTML or images from other sites.',
          );
        }
      },
    },
  };
}

export { isRemoteUrl };

/** Fails on the first raw HTML node or remote image (src/markdown/contributor-rules.ts, shared with the CMS), naming file, line and fix. */
export function remarkRejectRawHtml() {
  return (tree: MdastRoot, file: VFile) => {
    const [first] = refusalsIn(tree);
    if (first?.kind === 'html') {
      refuse(
        `${where(file, first.node)}: the body text contains raw HTML (${first.snippet.slice(0, 60)}). ` +
          'Stories are plain Markdown: remove the HTML and use Markdown instead (**bold**, _italic_, [link text](https://…), ## Heading).',
      );
    }
    if (first?.kind === 'remote-image') {
      refuse(
        `${where(file, first.node)}: the image "${first.src.slice(0, 80)}" is not a file in the story folder. An image from another site tells that site who reads ` +
          'the story (and is blocked by the site\'s security policy). Save the image beside index.md and write ![what the image shows](./photo.jpg), or link to it: [description](https://…).',
      );
    }
  };
}

/**
 * Runs after the sanitiser: drops images that would load from another host
 * (strip mode), gives headings prefixed ids, and points same-page links
 * (footnotes, [see](#heading)) at the prefixed ids.
 */
export function rehypeContributorSafety() {
  return (tree: HastRoot) => {
    const elements: { node: Element; parent: HastRoot | Element }[] = [];
    visit(tree, 'element', (node, _, parent) => void elements.push({ node, parent: parent! }));
    for (const { node, parent } of elements) {
      const src = node.properties.src;
      if (node.tagName === 'img' && (typeof src !== 'string' || isRemoteUrl(src))) {
        parent.children.splice(parent.children.indexOf(node), 1, { type: 'text', value: String(node.properties.alt ?? '') });
      }
    }
    const ids = new Set<string>();
    for (const { node } of elements) if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    for (const { node } of elements) {
      if (!/^h[1-6]$/.test(node.tagName) || typeof node.properties.id === 'string') continue;
      // GitHub's heading slug; the numbering below also avoids ids the text already has.
      const base = ID_PREFIX + (slug(toString(node)) || 'section');
      let id = base;
      for (let n = 1; ids.has(id); n++) id = `${base}-${n}`;
      node.properties.id = id;
      ids.add(id);
    }
    for (const { node } of elements) {
      const href = node.properties.href;
      if (typeof href === 'string' && href.startsWith('#') && !ids.has(href.slice(1)) && ids.has(ID_PREFIX + href.slice(1))) {
        node.properties.href = `#${ID_PREFIX}${href.slice(1)}`;
      }
    }
  };
}

export function markdownProcessor({ rawHtml = 'error' }: PipelineOptions = {}) {
  return unified({
    remarkPlugins: rawHtml === 'error' ? [remarkRejectRawHtml] : [],
    // The sanitiser adds the one id prefix; remark-rehype would add a second to footnote ids.
    remarkRehype: { clobberPrefix: '' },
    // SmartyPants curls quotes the English way (“…”), which is wrong in French («…») and Georgian („…“):
    // stories keep the punctuation their authors typed. It was also 6 s of 11 s of content sync at 1,000 stories.
    smartypants: false,
    rehypePlugins: [
      [rehypeSanitize, sanitizeSchema],
      rehypeContributorSafety,
      [rehypeExternalLinks, { rel: EXTERNAL_REL, target: false }],
    ],
  });
}
