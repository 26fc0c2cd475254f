/**
 * Alliance sessions and youth recommendations in the built site (issue 11):
 * pages in three languages, no-JS filters, status chart, evidence in the
 * curators' order, reverse links, feeds, sitemap, share images, and the
 * withdrawal of cited stories (a second build of a copy).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, buildSite } from '../support/build';
import { listFiles, readDist } from '../support/dist';
import { tempProject, type TempProject } from '../support/temp-project';

const LOCALES = ['en', 'fr', 'es'] as const;
const RECS = readdirSync(join(ROOT, 'content/recommendations')).filter((id) => existsSync(join(ROOT, 'content/recommendations', id, 'index.md')));
const page = (path: string, dir = DIST) => readDist(`${path.replace(/^\//, '')}index.html`, dir);
/** Root-relative hrefs in `html` matching `pattern`, in document order. */
const hrefs = (html: string, pattern: RegExp) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).filter((h) => pattern.test(h));
/** The part of a page between an element with `id` and the end of its section. */
const section = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
};

describe('recommendation pages', () => {
  it('has at least six recommendations over three themes and four statuses in the sample content', () => {
    expect(RECS.length).toBeGreaterThanOrEqual(6);
    const html = page('/en/recommendations/');
    for (const theme of ['Health', 'Gender', 'Climate']) expect(html).toContain(`>${theme}</span>`);
    const statuses = new Set([...html.matchAll(/rec-status rec-status-([a-z-]+)/g)].map((m) => m[1]));
    expect(statuses.size).toBeGreaterThanOrEqual(4);
  });

  it('builds every public recommendation and both sessions in en, fr and es with hreflang', () => {
    for (const l of LOCALES) {
      for (const id of RECS) {
        const html = page(`/${l}/recommendations/${id}/`);
        expect(html, `${l} ${id}`).toContain(`<html lang="${l}"`);
        expect(html).toMatch(new RegExp(`hreflang="fr" href="[^"]+/fr/recommendations/${id}/"`));
      }
      expect(existsSync(join(DIST, l, 'sessions', 'tbilisi-youth-session-2026', 'index.html'))).toBe(true);
      expect(existsSync(join(DIST, l, 'sessions', 'online-youth-session-2027', 'index.html'))).toBe(true);
    }
  });

  it('shows the text through the safe Markdown pipeline, in the page language with English fallback', () => {
    const fr = page('/fr/recommendations/safe-sport-for-girls/');
    // The apostrophe as the author typed it: no SmartyPants (src/markdown/pipeline.ts).
    expect(fr).toContain("<strong>des créneaux d'entraînement gratuits pour les filles</strong>");
    // recognise-care-work has no Spanish text: English with a notice.
    const es = page('/es/recommendations/recognise-care-work/');
    expect(es).toContain('<div class="prose" lang="en"');
    expect(es).toContain('Parte de esta recomendación aún no está traducida');
  });

  it('shows theme, addressees with labels, session, the status timeline with official documents, and credits only consented names', () => {
    const html = page('/en/recommendations/safe-sport-for-girls/');
    expect(html).toContain('Governments of residence countries and Civil society');
    expect(html).toContain('href="/en/sessions/tbilisi-youth-session-2026/"');
    const timeline = section(html, 'timeline');
    expect([...timeline.matchAll(/<strong[^>]*>([^<]+)<\/strong>/g)].map((m) => m[1])).toEqual(['Proposed', 'Endorsed by the alliance', 'Adopted', 'Implemented']);
    expect(timeline).toContain('href="https://example.org/auckland/sport/2026-09-14-decision.pdf"');
    expect(timeline).toContain('Auckland city council sport committee');
    expect(html).toContain('Drafted by 8 young people. With: Ana Sofía.');
    expect(listFiles().filter((f) => /\.(html|xml|json)$/.test(f)).some((f) => readDist(f).includes('Zephyrine'))).toBe(false);
  });

  it('lists public evidence as cards in the curators’ order; the withdrawn story is not there', () => {
    const html = page('/en/recommendations/safe-sport-for-girls/');
    const cards = hrefs(section(html, 'evidence'), /^\/[a-z]{2}\/(stories|videos)\//);
    expect([...new Set(cards)]).toEqual(['/en/stories/salvador-futbol-hermana/', '/en/stories/fiji-sevens-sisters/']);
    expect(html).not.toContain('withdrawn-story');
    expect(html).not.toContain('vorpaldine');
    const interpreters = hrefs(section(page('/en/recommendations/interpreters-in-health-care/'), 'evidence'), /^\/[a-z]{2}\/(stories|videos)\//);
    expect([...new Set(interpreters)]).toEqual(['/en/videos/peru-clinic-interpreters/', '/en/stories/salvador-montreal-sante/', '/en/stories/georgia-mental-health-es/']);
  });

  it('filters by theme and status with plain links (static pages, no script)', () => {
    const gender = page('/en/recommendations/gender/all/');
    const listed = (html: string) => [...new Set(hrefs(html, /^\/en\/recommendations\/[a-z-]+\/$/))].filter((h) => RECS.some((id) => h.endsWith(`/${id}/`)));
    expect(listed(gender).sort()).toEqual(['/en/recommendations/recognise-care-work/', '/en/recommendations/safe-sport-for-girls/']);
    expect(listed(page('/en/recommendations/all/adopted/')).sort()).toEqual(['/en/recommendations/heat-protection/', '/en/recommendations/interpreters-in-health-care/']);
    expect(page('/en/recommendations/climate/implemented/')).toContain('No recommendation matches these filters.');
    expect(gender).toContain('href="/en/recommendations/gender/adopted/"');
    expect(gender).toMatch(/<a href="\/en\/recommendations\/gender\/all\/" aria-current="true"[^>]*>Gender<\/a>/);
    expect(gender).not.toMatch(/<a href="\/en\/recommendations\/health\/all\/" aria-current/);
    expect(gender).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
  });

  it('summarises statuses as a chart with a text equivalent', () => {
    const html = page('/fr/recommendations/');
    expect(html).toMatch(/<figure class="status-chart[^"]*"[^>]*>/);
    expect(html).toContain('6 recommandations. Par statut actuel\u00a0: Proposée 1, Approuvée par l’alliance 1, Adoptée 2, Mise en œuvre 1 et Non retenue 1.');
  });
});

describe('reverse links', () => {
  it('a story page says which recommendations it informed, in its interface language', () => {
    const html = page('/es/stories/salvador-futbol-hermana/');
    expect(html).toContain('Esta historia inspiró');
    expect(hrefs(html, /recommendations/)).toContain('/es/recommendations/safe-sport-for-girls/');
    // The same story read with the French interface links to the French page.
    const fr = page('/fr/stories/salvador-futbol-hermana/');
    expect(fr).toContain('Ce récit a nourri');
    expect(hrefs(fr, /recommendations\/safe-sport/)).toEqual(['/fr/recommendations/safe-sport-for-girls/']);
    const video = page('/en/videos/salvador-coast-letter/');
    expect(video).toContain('This video informed');
    expect(hrefs(video, /recommendations\/diaspora-adaptation-fund/)).toHaveLength(1);
  });

  it('a story that informed nothing says nothing', () => {
    expect(page('/en/stories/georgia-supra-toast/')).not.toContain('This story informed');
  });

  it('theme pages list their recommendations; the home page has "From voices to policy"', () => {
    const climate = section(page('/en/themes/climate/'), 'theme-recs');
    expect(hrefs(climate, /^\/en\/recommendations\/[a-z-]+\/$/).sort()).toEqual(['/en/recommendations/diaspora-adaptation-fund/', '/en/recommendations/heat-protection/']);
    expect(page('/es/')).toContain('De las voces a las políticas');
  });
});

describe('sessions', () => {
  it('the held session shows participation counts, its recommendations and its recording', () => {
    const html = page('/en/sessions/tbilisi-youth-session-2026/');
    expect(html).toContain('38 young people took part.');
    expect(html).toMatch(/<th scope="row"[^>]*>Under 18<\/th><td[^>]*>6<\/td>/);
    expect(hrefs(html, /^\/en\/recommendations\/[a-z-]+\/$/)).toHaveLength(6);
    expect(html).toContain('href="/en/videos/salvador-coast-letter/"');
  });

  it('the upcoming session says so and shows no counts', () => {
    const html = page('/fr/sessions/online-youth-session-2027/');
    expect(html).toContain('Cette session n’a pas encore eu lieu.');
    expect(html).not.toContain('jeunes ont participé');
  });
});

describe('feeds, sitemap and share images', () => {
  it('has an RSS feed of recommendations per language, dated by the last status change', () => {
    for (const l of LOCALES) {
      const xml = readDist(`${l}/recommendations/rss.xml`);
      expect(xml.match(/<item>/g)).toHaveLength(RECS.length);
      expect(xml).toContain(`<language>${l}</language>`);
    }
    const en = readDist('en/recommendations/rss.xml');
    expect(en).toMatch(/<title>Safe, free sport for girls in diaspora neighbourhoods \(Implemented\)<\/title><link>[^<]+\/en\/recommendations\/safe-sport-for-girls\/<\/link>/);
    expect(en).toContain('<pubDate>Fri, 20 Nov 2026 00:00:00 GMT</pubDate>');
    expect(readDist('es/recommendations/rss.xml')).toContain('Deporte gratuito y seguro para las chicas');
  });

  it('puts recommendations in the JSON feed with public evidence only', () => {
    const feed = JSON.parse(readDist('feed.json'));
    const recs = feed.items.filter((i: { _ydv: { type: string } }) => i._ydv.type === 'recommendation');
    expect(recs).toHaveLength(RECS.length);
    const sport = recs.find((i: { url: string }) => i.url.endsWith('/en/recommendations/safe-sport-for-girls/'));
    expect(sport.date_modified).toBe('2026-11-20T00:00:00.000Z');
    expect(sport._ydv.status).toBe('implemented');
    expect(sport._ydv.evidence.map((u: string) => new URL(u).pathname)).toEqual(['/es/stories/salvador-futbol-hermana/', '/en/stories/fiji-sevens-sisters/']);
  });

  it('lists recommendation and session pages in the sitemap with hreflang', () => {
    const sitemap = listFiles().filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readDist(f)).join('');
    expect(sitemap).toMatch(/<loc>[^<]+\/fr\/recommendations\/heat-protection\/<\/loc>.*?hreflang="es"/s);
    expect(sitemap).toMatch(/<loc>[^<]+\/en\/sessions\/tbilisi-youth-session-2026\/<\/loc>/);
  });

  it('has a share image per recommendation and language', () => {
    for (const l of LOCALES) for (const id of RECS) expect(existsSync(join(DIST, 'og', 'recommendations', l, `${id}.png`)), `${l}/${id}`).toBe(true);
    expect(page('/fr/recommendations/heat-protection/')).toMatch(/<meta property="og:image" content="[^"]+\/og\/recommendations\/fr\/heat-protection\.png"/);
  });
});

describe('withdrawing the stories a recommendation cites', () => {
  let project: TempProject | undefined;
  afterAll(() => project?.cleanup());

  it('still builds, warns the team, says the evidence is no longer public and leaks nothing of the stories', async () => {
    project = tempProject('ydv-withdraw-');
    for (const id of ['salvador-futbol-hermana', 'fiji-sevens-sisters']) {
      const file = `content/stories/${id}/index.md`;
      project.write(file, readFileSync(join(ROOT, file), 'utf8').replace(/^withdrawn: false$/m, 'withdrawn: true'));
    }
    const { output } = await buildSite({ cwd: project.dir });
    const dist = join(project.dir, 'dist');
    expect(output).toMatch(/no public evidence left .*content\/recommendations\/safe-sport-for-girls\/index\.md/);
    const html = page('/en/recommendations/safe-sport-for-girls/', dist);
    expect(html).toContain('The stories behind this recommendation are no longer public.');
    const needles = ['salvador-futbol-hermana', 'fiji-sevens-sisters', 'Mi hermana juega de nueve', 'Seven sisters and an oval ball', 'rugby is basically a religion', 'withdrawn-story', 'vorpaldine'];
    const files = listFiles(dist);
    for (const needle of needles.slice(0, 2)) expect(files.filter((f) => f.includes(needle)), needle).toEqual([]);
    for (const f of files.filter((f) => /\.(html|xml|json|txt)$/.test(f))) {
      const body = readDist(f, dist);
      for (const needle of needles) expect(body.includes(needle), `${needle} in ${f}`).toBe(false);
    }
  }, 240_000);
});
