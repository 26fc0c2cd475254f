/**
 * A real build of a copy of the project whose only content is hostile: a
 * story, its translation, a YouTube video and a campaign carrying the XSS
 * corpus in the body and in every free-text frontmatter field. Then the same copy with bad
 * input the default build must refuse (raw HTML, missing consent).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { buildSite, ROOT, type BuildResult } from '../support/build';
import { tempProject, type TempProject } from '../support/temp-project';
import { htmlPages, listFiles, readDist } from '../support/dist';
import { serveDist, type StaticServer } from '../support/server';
import { launchBrowser } from '../support/browser';
import { ENTRY_KINDS, kindDir } from '../../src/model/kinds';
import { findUnsafe } from '../support/html-safety';
import { BODY_PAYLOADS, FRONTMATTER_PAYLOADS as FM, REFUSED_IN_DEFAULT_MODE } from '../fixtures/xss-payloads';

const STORY = 'content/stories/hostile-story/index.md';
/** A word only the hostile story contains, to find it through search. */
const MARKER = 'quokkastrophe';

const frontmatter = (data: object) => `---\n${toYaml(data, { lineWidth: 0 })}---\n`;

const storyData = (over: Record<string, unknown> = {}) => ({
  title: FM.title,
  summary: `${FM.summary} ${MARKER}`,
  language: 'en',
  themes: ['health', 'gender'],
  originCountries: ['FJ'],
  residenceCountry: 'NZ',
  author: { name: FM.authorName, pseudonym: true, ageGroup: '18-24' },
  published: '2026-01-10',
  cover: { src: './cover.jpg', alt: FM.coverAlt },
  campaign: 'hostile-campaign',
  contentWarning: FM.contentWarning,
  licence: 'cc-by-4.0',
  consent: { publication: true, date: '2026-01-02' },
  ...over,
});

const storyBody = () =>
  [`An ordinary opening paragraph about ${MARKER}.`, ...BODY_PAYLOADS.map((p) => p.markdown), 'An ordinary closing paragraph.'].join('\n\n') + '\n';

/** The line of the first raw HTML payload in the story file, as the error must report it. */
const firstRawHtmlLine = (fileText: string) => {
  const first = BODY_PAYLOADS.find((p) => p.rawHtml && !REFUSED_IN_DEFAULT_MODE.has(p.n))!;
  const before = BODY_PAYLOADS.slice(0, BODY_PAYLOADS.indexOf(first)).some((p) => REFUSED_IN_DEFAULT_MODE.has(p.n));
  expect(before, 'the first refused payload must be raw HTML for this test').toBe(false);
  return fileText.slice(0, fileText.indexOf(first.markdown)).split('\n').length;
};

const campaign = {
  title: { en: `Campaign ${FM.title}`, fr: FM.summary },
  summary: { en: FM.summary },
  description: { en: `${FM.contentWarning}\n\n${FM.translator}` },
  questions: { en: [FM.authorName, FM.summary] },
  themes: ['health'],
  starts: '2026-01-01',
  ends: '2099-12-31',
  hashtag: '#HostileInput',
  hero: { src: './hero.jpg', alt: { en: FM.coverAlt } },
  featured: [{ type: 'story', story: 'hostile-story' }],
};

let project: TempProject;
let xssBuild: BuildResult;
const OUT = 'dist-hostile';
const dist = () => join(project.dir, OUT);

beforeAll(async () => {
  project = tempProject('ydv-hostile-');
  // Only the hostile entries: every kind that could refer to a removed sample entry goes too (the support directory refers to none).
  for (const kind of ENTRY_KINDS) if (kind !== 'support') project.remove(kindDir(kind));
  const image = readFileSync(join(ROOT, 'content/stories/fiji-reef-memory/cover.jpg'));
  project.write('content/stories/hostile-story/cover.jpg', image);
  project.write(STORY, frontmatter(storyData()) + '\n' + storyBody());
  project.write(
    'content/stories/hostile-story-fr/index.md',
    frontmatter(storyData({ language: 'fr', translationOf: 'hostile-story', translator: FM.translator, cover: undefined })) +
      `\nUn paragraphe ordinaire.\n\n${BODY_PAYLOADS.slice(0, 12).map((p) => p.markdown).join('\n\n')}\n`,
  );
  // A YouTube video: its facade turns entry text into data attributes and a button label.
  const video = join(ROOT, 'content/videos/georgia-women-winemakers');
  project.write('content/videos/hostile-video/poster.jpg', readFileSync(join(video, 'poster.jpg')));
  project.write('content/videos/hostile-video/captions.en.vtt', readFileSync(join(video, 'captions.en.vtt')));
  const { cover: _cover, campaign: _campaign, ...videoFields } = storyData();
  project.write(
    'content/videos/hostile-video/index.md',
    frontmatter({
      ...videoFields,
      title: `Video ${FM.title}`,
      video: { provider: 'youtube', id: 'M7lc1UVf-VE' },
      poster: { src: './poster.jpg', alt: FM.coverAlt },
      duration: '1:52',
      captions: [{ src: './captions.en.vtt', lang: 'en' }],
    }) + `\nA transcript.\n\n${BODY_PAYLOADS.slice(0, 20).map((p) => p.markdown).join('\n\n')}\n`,
  );
  project.write('content/campaigns/hostile-campaign/hero.jpg', image);
  project.write('content/campaigns/hostile-campaign/index.md', frontmatter(campaign));
  xssBuild = await buildSite({ cwd: project.dir, env: { YDV_RAW_HTML: 'strip' }, args: ['--outDir', OUT], allowFailure: true });
});

afterAll(() => project?.cleanup());

describe('a build whose content is hostile (raw HTML stripped)', () => {
  it('succeeds', () => {
    expect(xssBuild.code, xssBuild.output.slice(-3000)).toBe(0);
  });

  it('prints every payload as text: no page contains anything executable', () => {
    const pages = htmlPages(dist());
    const withPayloads = pages.filter((p) => readDist(p, dist()).includes('alert('));
    expect(withPayloads).toEqual(
      expect.arrayContaining(['en/stories/hostile-story/index.html', 'fr/stories/hostile-story-fr/index.html', 'en/videos/hostile-video/index.html', 'en/campaigns/hostile-campaign/index.html', 'en/index.html']),
    );
    for (const page of pages) expect(findUnsafe(readDist(page, dist()), 'page'), page).toEqual([]);
    // Frontmatter is escaped, not dropped: the reader sees the literal text.
    const story = readDist('en/stories/hostile-story/index.html', dist());
    expect(story).toContain('Title &lt;/title&gt;&lt;script&gt;alert(201)&lt;/script&gt;');
    expect(story).toContain('&lt;svg onload=alert(203)&gt;');
  });

  it('keeps them text in feeds too, where readers render descriptions as HTML', () => {
    const decode = (x: string) =>
      x
        .replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1')
        .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
        .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
        .replace(/&(lt|gt|quot|apos|amp);/g, (_, n) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[n as 'lt']);
    const feeds = listFiles(dist()).filter((f) => f.endsWith('rss.xml'));
    expect(feeds.length).toBeGreaterThan(0);
    const unsafe: string[] = [];
    let items = 0;
    for (const f of feeds) {
      for (const m of readDist(f, dist()).matchAll(/<(description|content:encoded)>([\s\S]*?)<\/\1>/g)) {
        if (!m[2]!.includes('alert(')) continue;
        items++;
        for (const u of findUnsafe(decode(m[2]!), 'fragment')) unsafe.push(`${f} <${m[1]}>: ${u.problem} ${u.element}`);
      }
    }
    expect(items).toBeGreaterThan(0);
    expect(unsafe).toEqual([]);
    const json = JSON.parse(readDist('feed.json', dist())) as { items: Record<string, unknown>[] };
    for (const item of json.items) if (typeof item.content_html === 'string') expect(findUnsafe(item.content_html, 'fragment')).toEqual([]);
  });

  it('runs none of them in Chromium, without the CSP having to step in', async () => {
    project.write(`${OUT}/control/index.html`, '<!doctype html><title>control</title><img src="/nowhere.png" alt="" onerror="alert(\'control\')">');
    const browser: Browser = await launchBrowser();
    const server: StaticServer = await serveDist(dist());
    try {
      // fr/es listings repeat the en ones with other labels; the French campaign page shows its own (fr) title.
      const pages = htmlPages(dist()).filter(
        (p) => !p.startsWith('control/') && readDist(p, dist()).includes('alert(') && (!/^(fr|es)\//.test(p) || p.startsWith('fr/campaigns/hostile-campaign/')),
      );
      const context = await browser.newContext();
      // Record alert() and friends however they are reached, and every CSP violation.
      await context.addInitScript(() => {
        const w = window as unknown as { __fired: string[]; __csp: string[] };
        w.__fired = [];
        w.__csp = [];
        for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
          (window as any)[name] = (...args: unknown[]) => void w.__fired.push(`${name}(${args.join(',')})`);
        }
        document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`), true);
      });
      const dialogs: string[] = [];
      /** What ran, or could run, on one page, as a reader moves through it. */
      const inspect = async (path: string): Promise<string[]> => {
        const problems: string[] = [];
        const page: Page = await context.newPage();
        page.on('dialog', (d) => {
          dialogs.push(`${path}: ${d.message()}`);
          void d.dismiss();
        });
        const url = `${server.url}/${path.replace(/index\.html$/, '')}`;
        await page.goto(url, { waitUntil: 'load' });
        // Give timers, animations and refreshes a moment; move the focus and pointer through the page.
        for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
        await page.mouse.move(200, 300);
        await page.waitForTimeout(250);
        const report = await page.evaluate(() => {
          const w = window as unknown as { __fired: string[]; __csp: string[] };
          const found: string[] = [];
          for (const el of document.querySelectorAll('*')) {
            for (const attr of el.getAttributeNames()) if (/^on|^style$|^srcdoc$|^formaction$/i.test(attr)) found.push(`${el.tagName} has ${attr}`);
            if (/^(IFRAME|OBJECT|EMBED|BASE|FRAME)$/.test(el.tagName)) found.push(`${el.tagName} element`);
            const link = (el as HTMLAnchorElement).href;
            if (typeof link === 'string' && /^(javascript|data|vbscript):/i.test(link)) found.push(`${el.tagName} links to ${link.slice(0, 40)}`);
            if (el instanceof HTMLImageElement && el.currentSrc && new URL(el.currentSrc).origin !== location.origin) found.push(`image from ${el.currentSrc}`);
            if (el instanceof HTMLScriptElement && (/alert\(/.test(el.text) || (el.src && new URL(el.src).origin !== location.origin))) found.push('injected script');
          }
          return { found, fired: w.__fired, csp: w.__csp, href: location.href };
        });
        if (report.href !== url) problems.push(`${path}: navigated away to ${report.href}`);
        for (const f of report.found) problems.push(`${path}: ${f}`);
        for (const f of report.fired) problems.push(`${path}: ${f} ran`);
        for (const c of report.csp) problems.push(`${path}: CSP had to block: ${c}`);
        await page.close();
        return problems;
      };

      // Control: the same inspection on a page that does run a payload must see it.
      const control = await inspect('control/index.html');
      expect(control).toEqual(expect.arrayContaining(['control/index.html: IMG has onerror', 'control/index.html: alert(control) ran']));

      const problems: string[] = [];
      for (const path of pages) problems.push(...(await inspect(path)));
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);

      // The search results show the hostile title and excerpt as text too.
      const page = await context.newPage();
      page.on('dialog', (d) => {
        dialogs.push(`search: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(`${server.url}/en/search/?q=${MARKER}`);
      await page.locator('main a[href="/en/stories/hostile-story/"]').first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(300);
      const search = await page.evaluate(() => {
        const w = window as unknown as { __fired: string[]; __csp: string[] };
        const handlers = [...document.querySelectorAll('main *')].filter((el) => el.getAttributeNames().some((a) => /^on/i.test(a))).length;
        return { fired: w.__fired, csp: w.__csp, handlers, text: document.querySelector('main')?.textContent ?? '' };
      });
      expect(search.text).toContain('alert(201)');
      expect({ ...search, text: undefined }).toEqual({ fired: [], csp: [], handlers: 0, text: undefined });
      expect(dialogs).toEqual([]);
      await context.close();
    } finally {
      await server.close();
      await browser.close();
    }
  });
});

describe('the default build refuses bad input, naming the file', () => {
  const failingBuild = () => buildSite({ cwd: project.dir, args: ['--outDir', 'dist-refused', '--force'], allowFailure: true });

  it('fails on raw HTML in a story, with the file, the line and the fix', async () => {
    const line = firstRawHtmlLine(readFileSync(join(project.dir, STORY), 'utf8'));
    const { code, output } = await failingBuild();
    expect(code).not.toBe(0);
    expect(output).toContain(`${STORY}:${line}: the body text contains raw HTML`);
    expect(output).toContain('use Markdown instead');
  });

  it('fails on an author under 18 without guardian consent', async () => {
    const data = storyData({ author: { name: 'Ana', pseudonym: true, ageGroup: 'under-18' }, consent: { publication: true, date: '2026-01-02' }, contentWarning: undefined });
    project.write(STORY, frontmatter(data) + '\nA clean story.\n');
    const { code, output } = await failingBuild();
    expect(code).not.toBe(0);
    expect(output).toContain(STORY);
    expect(output).toMatch(/consent\.guardian/);
    expect(output).toContain('The author is under 18, so a parent or guardian must consent');
  });

  it('fails on a story without publication consent', async () => {
    project.write(STORY, frontmatter(storyData({ consent: { publication: false, date: '2026-01-02' } })) + '\nA clean story.\n');
    const { code, output } = await failingBuild();
    expect(code).not.toBe(0);
    expect(output).toContain(STORY);
    expect(output).toMatch(/consent\.publication/);
    expect(output).toContain('There is no publication consent');
  });
});
