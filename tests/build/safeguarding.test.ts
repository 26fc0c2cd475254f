/**
 * Safeguarding in the built site (issue 12): the support box beside hard
 * stories, the support directory page, "Report a concern", the take-down
 * path, who runs the site, and authors under 18 dated to the month only in
 * every output.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { parse as parseYaml } from 'yaml';
import { DIST, ROOT } from '../support/build';
import { htmlPages, listFiles, readDist } from '../support/dist';
import { SITE } from '../../src/config/site';
import { LOCALES, formatDate, type Locale } from '../../src/i18n';
import { interfaceLocaleFor } from '../../src/model/taxonomy';

// ---------------------------------------------------------------- a few selectors over hast

type Node = Root | RootContent;
const elements = (n: Node): Element[] => [...(n.type === 'element' ? [n] : []), ...('children' in n ? n.children.flatMap(elements) : [])];
const toString = (n: Node): string => (n.type === 'text' ? n.value : 'children' in n ? n.children.map(toString).join('') : '');
/** A tiny selector: "tag", "[data-x]", "tag[data-x]", ".class", "main [data-x]" (descendant), or a comma-separated list of tags. */
function selectAll(selector: string, tree: Node): Element[] {
  const parts = selector.trim().split(/\s+/);
  if (selector.includes(',')) return elements(tree).filter((e) => selector.split(',').map((t) => t.trim()).includes(e.tagName));
  const match = (e: Element, simple: string) => {
    const m = /^([a-z0-9]*)(?:\[([a-z-]+)\])?(?:\.([\w-]+))?$/.exec(simple)!;
    if (m[1] && e.tagName !== m[1]) return false;
    if (m[2] && !(m[2].replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) in e.properties)) return false;
    if (m[3] && !(e.properties.className as string[] | undefined)?.includes(m[3])) return false;
    return true;
  };
  let scope: Element[] = elements(tree).filter((e) => match(e, parts[0]!));
  for (const part of parts.slice(1)) scope = [...new Set(scope.flatMap((s) => elements(s).filter((e) => e !== s && match(e, part))))];
  return scope;
}
const select = (selector: string, tree: Node): Element | undefined => selectAll(selector, tree)[0];

const frontmatter = (kind: string, id: string) => parseYaml(readFileSync(join(ROOT, 'content', kind, id, 'index.md'), 'utf8').split(/^---$/m)[1]!);
/** Public entries, each with its home-language page (the canonical one). */
const built = (kind: 'stories' | 'videos') =>
  readdirSync(join(ROOT, 'content', kind))
    .map((id) => ({ id, kind, data: frontmatter(kind, id) }))
    .map((e) => ({ ...e, home: interfaceLocaleFor(String(e.data.language)) }))
    .filter((e) => existsSync(join(DIST, e.home, kind, e.id, 'index.html')))
    .map((e) => ({ ...e, page: `${e.home}/${kind}/${e.id}/index.html`, url: `/${e.home}/${kind}/${e.id}/` }));
const entries = [...built('stories'), ...built('videos')];
const page = (path: string) => fromHtml(readDist(path));
const support = readdirSync(join(ROOT, 'content', 'support')).map((id) => ({ id, data: frontmatter('support', id) }));
const countryName = (code: string, locale: Locale) => new Intl.DisplayNames([locale], { type: 'region' }).of(code)!;

describe('the support box', () => {
  it('is on every story or video with a content warning or a health or gender theme, and on no other', () => {
    const withBox = entries.filter((e) => select('[data-support-box]', page(e.page)));
    const expected = entries.filter((e) => e.data.contentWarning || e.data.themes.some((t: string) => t === 'health' || t === 'gender'));
    expect(expected.length).toBeGreaterThan(3);
    expect(entries.length).toBeGreaterThan(expected.length);
    expect(withBox.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
  });

  it('lists the services for the origin and residence countries, in that order, then international ones', () => {
    const sevens = entries.find((e) => e.id === 'fiji-sevens-sisters')!;
    const box = select('[data-support-box]', page(sevens.page))!;
    const order = selectAll('[data-support-country]', box).map((s) => String(s.properties.dataSupportCountry));
    expect(order).toEqual(['FJ', 'NZ', 'international']);
    for (const e of entries.filter((x) => select('[data-support-box]', page(x.page)))) {
      const b = select('[data-support-box]', page(e.page))!;
      const codes = [...e.data.originCountries, ...(e.data.residenceCountry ? [e.data.residenceCountry] : [])];
      for (const section of selectAll('[data-support-country]', b)) {
        const code = String(section.properties.dataSupportCountry);
        const shown = selectAll('[data-support-service]', section).map((s) => String(s.properties.dataSupportService));
        const serves = support.filter((s) => (code === 'international' ? s.data.international : (s.data.countries ?? []).includes(code))).map((s) => s.id);
        expect(code === 'international' || codes.includes(code), `${e.id}: ${code}`).toBe(true);
        expect(shown.every((id) => serves.includes(id)), `${e.id}: ${code}`).toBe(true);
        expect(shown.length).toBeGreaterThan(0);
      }
      // Its heading in the page's interface language, and nothing loaded from the services' sites.
      const locale = e.home;
      expect(toString(select('h2', b)!)).toBe({ en: 'If this brings something up for you', fr: 'Si cela remue quelque chose en toi', es: 'Si esto remueve algo en ti' }[locale]);
      expect(selectAll('img, iframe, script, link, form', b)).toEqual([]);
    }
  });

  it('is on every language version of a page, in that language', () => {
    const sevens = entries.find((e) => e.id === 'fiji-sevens-sisters')!;
    for (const l of LOCALES) {
      const box = select('[data-support-box]', page(`${l}/stories/${sevens.id}/index.html`));
      expect(box, l).toBeTruthy();
      expect(toString(select('h3', box!)!)).toBe(countryName('FJ', l));
    }
  });

  it('marks the sample services as examples', () => {
    const html = readDist('en/support/index.html');
    for (const s of support) expect(html, s.id).toContain(`data-support-service="${s.id}"`);
    const services = selectAll('[data-support-service]', page('en/support/index.html'));
    expect(services.filter((s) => !select('[data-support-sample]', s))).toEqual([]);
  });
});

describe('the support directory page', () => {
  it('lists every service by country, named by Intl and sorted for each language, then international ones', () => {
    for (const locale of LOCALES) {
      const tree = page(`${locale}/support/index.html`);
      const sections = selectAll('main [data-support-country]', tree);
      const codes = sections.map((s) => String(s.properties.dataSupportCountry));
      const expected = [...new Set(support.flatMap((s) => s.data.countries ?? []))];
      expect(codes.slice(0, -1).sort()).toEqual(expected.sort());
      expect(codes.at(-1)).toBe('international');
      const names = sections.slice(0, -1).map((s) => toString(select('h2', s)!));
      expect(names).toEqual(codes.slice(0, -1).map((c) => countryName(c, locale)));
      expect([...names].sort(new Intl.Collator(locale).compare)).toEqual(names);
    }
  });

  it('is linked from the footer of every page, in the page’s language', () => {
    // Every page a reader sees: not the CMS, the root language chooser or the redirects from old addresses.
    const pages = htmlPages().filter((p) => !p.startsWith('admin/') && p !== 'index.html' && readDist(p).includes('<main'));
    expect(pages.length).toBeGreaterThan(50);
    const missing = pages.filter((p) => {
      const link = select('footer [data-support-link]', page(p));
      const lang = String(select('html', page(p))!.properties.lang);
      return !link || link.properties.href !== `/${lang}/support/`;
    });
    expect(missing).toEqual([]);
  });
});

describe('Report a concern', () => {
  const pages = [...entries.map((e) => ({ page: e.page, title: e.data.title, url: e.url })), ...LOCALES.flatMap((l) =>
    readdirSync(join(DIST, l, 'campaigns'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => {
      const h1 = toString(select('h1', page(`${l}/campaigns/${d.name}/index.html`))!);
      return { page: `${l}/campaigns/${d.name}/index.html`, title: h1, url: `/${l}/campaigns/${d.name}/` };
    }))];

  it('on every story, video and campaign page, mails the safeguarding contact with the page’s title and address', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const p of pages) {
      const link = select('a[data-report-concern]', page(p.page));
      expect(link, p.page).toBeTruthy();
      const href = new URL(String(link!.properties.href));
      expect(href.protocol).toBe('mailto:');
      expect(href.pathname).toBe(SITE.safeguarding.email);
      const subject = new URLSearchParams(href.search).get('subject')!;
      expect(subject, p.page).toContain(p.title);
      expect(subject, p.page).toContain(new URL(p.url, SITE.url).href);
    }
  });

  it('is a plain link: no form posting anywhere, no script on story pages', () => {
    const story = page(entries.find((e) => e.kind === 'stories')!.page);
    // The only form is the header's site search (GET to this site).
    for (const f of selectAll('form', story)) expect(`${f.properties.method} ${f.properties.action}`).toMatch(/^get \/(?:en|fr|es)\/search\/$/);
    expect(selectAll('script', story)).toEqual([]);
  });
});

describe('who runs the site, and how to be taken down', () => {
  it('names the organisation and the safeguarding contact on the about, share and privacy pages and in every footer', () => {
    for (const l of LOCALES)
      for (const name of ['about', 'share', 'privacy']) {
        const tree = page(`${l}/${name}/index.html`);
        const who = select('[data-who-runs]', tree);
        expect(who, `${l}/${name}`).toBeTruthy();
        expect(toString(who!)).toContain(SITE.organisation.name);
        expect(toString(who!)).toContain(SITE.safeguarding.email);
        expect(toString(select('[data-footer-safeguarding]', tree)!)).toContain(SITE.safeguarding.email);
      }
  });

  it('the share and privacy pages say who reads reports and how fast; the share page promises nothing it cannot keep', () => {
    for (const l of LOCALES) {
      for (const name of ['share', 'privacy']) {
        const text = toString(select('[data-concerns]', page(`${l}/${name}/index.html`))!);
        expect(text).toContain(SITE.safeguarding.name[l]);
        expect(text).toContain(String(SITE.safeguarding.replyWorkingDays));
      }
      const share = toString(select('main', page(`${l}/share/index.html`))!);
      expect(share).not.toMatch(/publish it and tell you|le publions et vous prévenons|la publicamos y te avisamos/);
      expect(select('[data-share-news]', page(`${l}/share/index.html`))).toBeTruthy();
      expect(select('.takedown', page(`${l}/share/index.html`))).toBeTruthy();
    }
  });

  it('every story page offers its contributor a take-down request naming the story', () => {
    for (const e of entries.filter((x) => x.kind === 'stories')) {
      const link = select('a[data-takedown]', page(e.page));
      expect(link, e.id).toBeTruthy();
      const subject = new URLSearchParams(new URL(String(link!.properties.href)).search).get('subject')!;
      expect(subject).toContain(e.data.title);
    }
  });
});

describe('authors under 18', () => {
  const minors = entries.filter((e) => e.data.author.ageGroup === 'under-18');
  const textFiles = listFiles().filter((f) => !f.startsWith('admin/') && /\.(?:html|xml|json|txt)$/.test(f));
  const indexFiles = listFiles().filter((f) => /^pagefind\/.*\.pf_(?:fragment|meta)$/.test(f));

  it('exist in the sample, with the team’s confirmation', () => {
    expect(minors.map((m) => m.id)).toContain('fiji-sevens-sisters');
    for (const m of minors) expect(m.data.guardianConfirmation?.by, m.id).toBeTruthy();
  });

  it('have no publication day in any page, feed, sitemap, JSON feed or search index', () => {
    for (const m of minors) {
      const day = new Date(`${String(m.data.published instanceof Date ? m.data.published.toISOString().slice(0, 10) : m.data.published)}T00:00:00Z`);
      const iso = day.toISOString().slice(0, 10);
      const forms = [iso, ...LOCALES.flatMap((l) => [formatDate(day, l), formatDate(day, l, 'medium')]), day.toUTCString().slice(0, 16)];
      const leaks: string[] = [];
      for (const f of textFiles) {
        const text = readDist(f);
        for (const form of forms) if (text.includes(form)) leaks.push(`${f}: ${form}`);
      }
      for (const f of indexFiles) {
        const text = gunzipSync(readFileSync(join(DIST, f))).toString('utf8');
        for (const form of forms) if (text.includes(form)) leaks.push(`${f}: ${form}`);
      }
      expect(leaks, m.id).toEqual([]);
      // What they do show: the month.
      const month = iso.slice(0, 7);
      expect(readDist(m.page)).toContain(`datetime="${month}"`);
      const item = JSON.parse(readDist('feed.json')).items.find((i: { url: string }) => i.url.endsWith(`/${m.kind}/${m.id}/`));
      expect(item.date_published).toBe(`${month}-01T00:00:00.000Z`);
      expect(item._ydv.date_precision).toBe('month');
      expect(readDist('en/rss.xml')).toContain(new Date(`${month}-01T00:00:00Z`).toUTCString());
    }
  });

  it('the sitemap gives no lastmod more precise than the month for them', () => {
    const sitemaps = listFiles().filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const f of sitemaps)
      for (const m of minors) {
        const entry = new RegExp(`<url><loc>[^<]*/${m.kind}/${m.id}/</loc>(.*?)</url>`).exec(readDist(f))?.[1] ?? '';
        expect(entry).not.toMatch(/<lastmod>\d{4}-\d{2}-\d{2}/);
      }
  });
});
