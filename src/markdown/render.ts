/**
 * Markdown written in frontmatter fields (a recommendation's text per
 * language) through the very processor stories use: raw HTML and remote
 * images fail the build naming the file and field; the rest is sanitised.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { markdownConfigDefaults, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownProcessor } from './pipeline';

let renderer: Promise<MarkdownRenderer> | undefined;

type RendererOptions = Parameters<ReturnType<typeof markdownProcessor>['createRenderer']>[0];

/** Safe HTML for `markdown` from field `field` of `file` (relative to the project), e.g. "content/recommendations/x/index.md", "text.fr". */
export async function renderFieldMarkdown(markdown: string, file: string, field: string): Promise<string> {
  renderer ??= markdownProcessor({ rawHtml: process.env.YDV_RAW_HTML === 'strip' ? 'strip' : 'error' }).createRenderer({
    ...markdownConfigDefaults,
    syntaxHighlight: false,
  } as RendererOptions);
  // The field goes into the path, so a refusal reads "content/…/index.md#text.fr:3: …".
  const fileURL = pathToFileURL(resolve(process.cwd(), `${file}#${field}`));
  const { code } = await (await renderer).render(markdown, { fileURL });
  return code;
}
