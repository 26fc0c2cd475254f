/**
 * What contributor Markdown may not contain, decided on the Markdown parser's
 * own tree (mdast, CommonMark + GFM as the site's remark pipeline reads it):
 * raw HTML, and images that load from another host. One check for the build
 * (src/markdown/pipeline.ts, which names file and line) and the CMS save check
 * (cms/admin/save.ts, bundled for the browser): no Node APIs here.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** A URL that would make the reader's browser contact another host (scheme or protocol-relative). */
export const isRemoteUrl = (url: string) =>
  // Browsers ignore leading controls/spaces and tabs/newlines anywhere, and read a backslash as a slash.
  /^(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/i.test(url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, ''));

export type Refusal =
  | { kind: 'html'; node: Nodes; snippet: string }
  | { kind: 'remote-image'; node: Nodes; src: string };

/** Every refused node of a parsed body, in document order. */
export function refusalsIn(tree: Root): Refusal[] {
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => void definitions.set(node.identifier.toLowerCase(), node.url));
  const found: Refusal[] = [];
  visit(tree, (node) => {
    if (node.type === 'html') found.push({ kind: 'html', node, snippet: node.value.trim().replace(/\s+/g, ' ') });
    const src = node.type === 'image' ? node.url : node.type === 'imageReference' ? definitions.get(node.identifier.toLowerCase()) : undefined;
    if (typeof src === 'string' && isRemoteUrl(src)) found.push({ kind: 'remote-image', node, src });
  });
  return found;
}

/** Parses a body as the site does (CommonMark + GFM) and lists what the build would refuse. */
export const markdownRefusals = (markdown: string): Refusal[] =>
  refusalsIn(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
