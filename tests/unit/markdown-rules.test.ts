/**
 * One check for contributor Markdown (issue 10): the CMS save check refuses a
 * body exactly when the site's build refuses it, for every XSS payload and
 * for Markdown that only looks like HTML. Both sides use the parser's tree
 * (src/markdown/contributor-rules.ts).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { markdownConfigDefaults, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { markdownProcessor } from '../../src/markdown/pipeline';
import { prepareEntry } from '../../cms/admin/save';
import { CMS_LABELS } from '../../cms/labels';
import { BODY_PAYLOADS } from '../fixtures/xss-payloads';

let strict: MarkdownRenderer;
const fileURL = pathToFileURL(resolve(process.cwd(), 'content/stories/rules/index.md'));

beforeAll(async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  strict = await markdownProcessor({ rawHtml: 'error' }).createRenderer({ ...markdownConfigDefaults, syntaxHighlight: false } as Parameters<ReturnType<typeof markdownProcessor>['createRenderer']>[0]);
});

const base = {
  author: { name: 'Mere', pseudonym: false, ageGroup: '18-24' }, title: 'T', summary: 'S', language: 'en', themes: ['climate'],
  originCountries: ['FJ'], consent: { publication: true, date: '2026-01-01' }, published: '2026-01-02',
};

const LOOKALIKES = [
  'I <3 my grandmother', 'a < b and c > d', '`<b>code</b>`', '```\n<script>alert(1)</script>\n```', '\\<b>escaped\\</b>', '<https://example.org>',
  '<mere@example.org>', '    <indented code>', 'Hi<br>there', '<!-- note -->', '<a href="#x">x</a>', '![](https://tracker.example/p.gif)',
  '![ok](./photo.jpg)', '![ref][p]\n\n[p]: //tracker.example/p.gif', '[a link](https://example.org)', '[Sonido del mar]',
];

describe('one Markdown check for the build and the CMS', () => {
  it.each([...BODY_PAYLOADS.map((p) => p.markdown), ...LOOKALIKES])('%s', async (markdown) => {
    const body = `An ordinary paragraph.\n\n${markdown}\n`;
    const build = await strict.render(body, { fileURL }).then(() => 'accepted', () => 'refused');
    const problems = prepareEntry('stories', { ...base, body }, 'fr').problems.filter((p) => p.path === 'body');
    expect(problems.length > 0 ? 'refused' : 'accepted').toBe(build);
    const starts = [CMS_LABELS.fr.messages.rawHtml, CMS_LABELS.fr.messages.remoteImage].map((m) => m.split('{')[0]!);
    for (const p of problems) expect(starts.some((s) => p.message.startsWith(s)), p.message).toBe(true);
  });
});
