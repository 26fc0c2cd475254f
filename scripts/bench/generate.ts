/**
 * Deterministic synthetic stories for the benchmark: realistic length
 * (600-900 words), mixed languages, themes, countries, campaigns and valid
 * consent, as content/stories/<id>/index.md files that pass src/model/story.ts.
 * Pure (no sharp, no file system) so the unit test can check it cheaply;
 * images.ts draws the covers, run.ts writes the files.
 */
import { stringifyEntryFile } from '../../src/lib/entry-file.ts';
import { LANGUAGES, type Language } from './languages.ts';
import { seededRandom } from '../lib/random.mjs';

export type Rng = (() => number) & {
  int: (lo: number, hi: number) => number;
  pick: <T>(arr: readonly T[]) => T;
  chance: (p: number) => boolean;
  /** Picks a key of `weights` ({ key: weight }) in proportion to its weight. */
  weighted: (weights: Record<string, number>) => string;
  shuffle: <T>(arr: T[]) => T[];
};

export function createRng(seed: string): Rng {
  const next = seededRandom(seed);
  return Object.assign(next, {
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(arr: readonly T[]): T => arr[Math.floor(next() * arr.length)]!,
    chance: (p: number) => next() < p,
    weighted: (weights: Record<string, number>) => {
      const entries = Object.entries(weights);
      let u = next() * entries.reduce((s, [, w]) => s + w, 0);
      for (const [k, w] of entries) if ((u -= w) < 0) return k;
      return entries[entries.length - 1]![0];
    },
    shuffle: <T>(arr: T[]): T[] => {
      for (let i = arr.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [arr[i], arr[j]] = [arr[j]!, arr[i]!];
      }
      return arr;
    },
  });
}

export const PARTNERS = ['SV', 'FJ', 'GE', 'MU', 'PE'];
const OTHER_ORIGINS = ['HT', 'SN', 'PH', 'UA', 'MA', 'VN', 'NG', 'IN', 'CO', 'MX', 'LB', 'TO', 'WS', 'BO', 'AM'];
const RESIDENCES = ['FR', 'ES', 'US', 'CA', 'GB', 'AU', 'NZ', 'DE', 'BE', 'CH', 'IT', 'GR', 'PL', 'AR', 'CL'];
/** Origin countries by story language, so a Georgian story usually comes from Georgia. */
const ORIGIN_BY_LANGUAGE: Record<string, Record<string, number>> = {
  ka: { GE: 9, other: 1 },
  es: { SV: 4, PE: 4, other: 2 },
  fr: { MU: 6, other: 4 },
  en: { FJ: 3, SV: 1, GE: 1, MU: 1, PE: 1, other: 3 },
};
const CONTENT_WARNING: Record<string, string> = {
  en: 'Mentions of illness and grief.',
  fr: 'Évoque la maladie et le deuil.',
  es: 'Menciona la enfermedad y el duelo.',
  ka: 'ტექსტში მოხსენიებულია ავადმყოფობა და გლოვა.',
};

export const DEFAULT_MIX: Record<string, number> = { en: 0.25, fr: 0.25, es: 0.25, ka: 0.25 };

/* Long-tail place names per language, drawn with a Zipf law. */
const RARE_VOCABULARY = 20_000;
type Rare = { names: string[]; cdf: Float64Array; total: number };
const rareCache = new Map<string, Rare>();
function rareNames(lang: Language): Rare {
  const cached = rareCache.get(lang.code);
  if (cached) return cached;
  const rng = createRng(`rare:${lang.code}`);
  const seen = new Set<string>();
  const names: string[] = [];
  while (names.length < RARE_VOCABULARY) {
    let w = '';
    for (let k = rng.int(2, 3); k > 0; k--) w += rng.pick(lang.syllables);
    w += rng.pick(lang.suffixes);
    if (lang.code !== 'ka') w = w[0]!.toUpperCase() + w.slice(1);
    if (!seen.has(w)) seen.add(w), names.push(w);
  }
  // Cumulative Zipf weights (s = 1.07, close to natural text).
  const cdf = new Float64Array(names.length);
  let sum = 0;
  for (let r = 0; r < names.length; r++) cdf[r] = sum += 1 / Math.pow(r + 1, 1.07);
  const entry = { names, cdf, total: sum };
  rareCache.set(lang.code, entry);
  return entry;
}
function zipfName(lang: Language, rng: Rng): string {
  const { names, cdf, total } = rareNames(lang);
  const u = rng() * total;
  let lo = 0, hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return names[lo]!;
}

/** A Georgian name's stem plus a case ending (drops the nominative -ი); other languages keep the name. */
const inflect = (lang: Language, name: string, suffix: string | undefined) => (lang.code === 'ka' && suffix ? name.replace(/ი$/u, '') + suffix : name);

const capitalize = (lang: Language, s: string) => (lang.code === 'ka' ? s : s.replace(/^([«"„\s]*)(\p{Ll})/u, (_: string, pre: string, c: string) => pre + c.toUpperCase()));

type Theme = 'health' | 'gender' | 'climate';

function fill(lang: Language, template: string, rng: Rng, themes: Theme[]): string {
  return template.replace(/\{([A-Z])(?::([^}]+))?\}/g, (_: string, slot: string, suffix: string | undefined) => {
    switch (slot) {
      case 'S': return rng.pick(lang.subjects);
      case 'V': return rng.pick(lang.verbs);
      case 'O': return rng.pick(lang.objects);
      case 'P': return rng.pick(lang.places);
      case 'T': return rng.pick(lang.times);
      case 'N': return rng.pick(lang.names);
      case 'R': return inflect(lang, zipfName(lang, rng), suffix);
      case 'C': return rng.pick(rng.chance(0.6) ? lang.clauses[rng.pick(themes)] : lang.clauses.general);
      default: throw new Error(`Unknown slot {${slot}} in "${template}"`);
    }
  });
}

const sentence = (lang: Language, rng: Rng, themes: Theme[], templates = lang.templates) => capitalize(lang, fill(lang, rng.pick(templates), rng, themes));

export const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** A Markdown body of 600-900 words: paragraphs, a few headings, sometimes a quote. */
function body(lang: Language, rng: Rng, themes: Theme[]): string {
  const target = rng.int(620, 860);
  const headings = rng.shuffle([...lang.headings]);
  const blocks: string[] = [];
  let words = 0;
  let paragraph = 0;
  while (words < target) {
    if (paragraph > 0 && paragraph % 3 === 0 && headings.length) {
      const h = `## ${headings.pop()}`;
      blocks.push(h);
      words += wordCount(h);
    }
    const sentences: string[] = [];
    for (let k = rng.int(4, 7); k > 0 && words < target; k--) {
      const s = sentence(lang, rng, themes);
      sentences.push(s);
      words += wordCount(s);
    }
    const text = sentences.join(' ');
    blocks.push(rng.chance(0.08) ? `> ${text}` : text);
    paragraph++;
  }
  return blocks.join('\n\n') + '\n';
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const DAY = 86_400_000;

export type CoverVariant = { variant: number; hue: number; brightness: number; saturation: number };
/** `data` is front matter as src/model/story.ts reads it (tests/unit/bench-generate.test.ts checks it against the schema). */
export type GeneratedStory = { id: string; language: string; data: Record<string, any>; body: string; cover: CoverVariant | null };

export type GeneratedRecommendation = { id: string; data: Record<string, unknown> };

interface StoryOptions {
  count: number;
  seed?: string;
  campaigns?: string[];
  mix?: Record<string, number>;
  coverRatio?: number;
  from?: string;
  to?: string;
}

/**
 * `count` stories, ids bench-00001…; the language mix is exact (stratified,
 * then shuffled) and `coverRatio` of them get a cover.
 */
export function generateStories({ count, seed = 'ydv-bench', campaigns = [], mix = DEFAULT_MIX, coverRatio = 0.5, from = '2023-01-01', to = '2026-06-30' }: StoryOptions): GeneratedStory[] {
  const codes = Object.keys(mix);
  for (const c of codes) if (!LANGUAGES[c]) throw new Error(`No word lists for language "${c}" (have: ${Object.keys(LANGUAGES).join(', ')})`);
  const totalWeight = codes.reduce((s, c) => s + mix[c]!, 0);
  const order = createRng(`${seed}:order`);
  // Stratified: language i covers the share mix[i] of the unit interval exactly.
  const languages = Array.from({ length: count }, (_, i) => {
    let u = ((i + 0.5) / count) * totalWeight;
    for (const c of codes) if ((u -= mix[c]!) < 0) return c;
    return codes[codes.length - 1]!;
  });
  order.shuffle(languages);
  const start = Date.parse(from);
  const span = Date.parse(to) - start;
  const width = Math.max(5, String(count).length);
  const stories: GeneratedStory[] = [];

  for (let i = 0; i < count; i++) {
    const rng = createRng(`${seed}:${i}`);
    const id = `bench-${String(i + 1).padStart(width, '0')}`;
    const lang = LANGUAGES[languages[i]!]!;
    const themes = rng.shuffle<Theme>(['health', 'gender', 'climate']).slice(0, rng.chance(0.3) ? 2 : 1);

    const origin = rng.weighted(ORIGIN_BY_LANGUAGE[lang.code] ?? { other: 1 });
    const originCountries = [origin === 'other' ? rng.pick(OTHER_ORIGINS) : origin];
    if (rng.chance(0.1)) {
      const second = rng.pick([...PARTNERS, ...OTHER_ORIGINS].filter((c) => c !== originCountries[0]));
      originCountries.push(second);
    }
    const ageGroup = rng.weighted({ 'under-18': 15, '18-24': 50, '25-35': 35 });
    const published = new Date(start + Math.floor(rng() * span / DAY) * DAY);
    const consentDate = new Date(published.getTime() - rng.int(1, 60) * DAY);
    const hasCover = Math.floor((i + 1) * coverRatio) > Math.floor(i * coverRatio);

    const data: GeneratedStory['data'] = {
      title: capitalize(lang, fill(lang, rng.pick(lang.titleTemplates), rng, themes)).slice(0, 120).trim(),
      summary: sentence(lang, rng, themes, lang.summaryTemplates).slice(0, 300).trim(),
      language: lang.code,
      themes,
      originCountries,
      ...(rng.chance(0.8) ? { residenceCountry: rng.pick(RESIDENCES) } : {}),
      author: { name: `${rng.pick(lang.names)} ${[...rng.pick(lang.names)][0]}.`, pseudonym: rng.chance(0.2), ageGroup },
      published: iso(published),
      ...(campaigns.length && rng.chance(0.3) ? { campaign: rng.pick(campaigns) } : {}),
      ...(rng.chance(0.1) ? { contentWarning: CONTENT_WARNING[lang.code] } : {}),
      licence: rng.weighted({ 'cc-by-4.0': 7, 'cc-by-nc-4.0': 2, 'all-rights-reserved': 1 }),
      consent: { publication: true, ...(ageGroup === 'under-18' ? { guardian: true } : {}), date: iso(consentDate) },
      // Authors under 18: a first name only, and the team's confirmation of the guardian's consent (src/model/minors.ts).
      ...(ageGroup === 'under-18' ? { guardianConfirmation: { by: 'Bench team', method: 'signed-form-offline', date: iso(consentDate) } } : {}),
    };
    if (hasCover) data.cover = { src: './cover.jpg', alt: capitalize(lang, fill(lang, rng.pick(lang.altTemplates), rng, themes)) };
    if (ageGroup === 'under-18') {
      // A first name the summary and alt text do not repeat.
      const said = `${data.summary} ${data.cover?.alt ?? ''}`.toLowerCase();
      const first = data.author.name.split(' ')[0];
      data.author.name = said.includes(first.toLowerCase()) ? (lang.names.find((n) => !said.includes(n.toLowerCase())) ?? first) : first;
    }
    // About 5% are translations of an earlier story in another language.
    if (i >= 20 && rng.chance(0.05)) {
      const original = stories[rng.int(0, i - 1)];
      if (original.language !== lang.code) {
        data.translationOf = original.id;
        data.translator = `${rng.pick(lang.names)} ${[...rng.pick(lang.names)][0]}.`;
      }
    }
    stories.push({
      id,
      language: lang.code,
      data,
      body: body(lang, rng, themes),
      cover: hasCover ? { variant: i, hue: rng.int(-60, 60), brightness: 0.85 + rng() * 0.3, saturation: 0.7 + rng() * 0.6 } : null,
    });
  }
  return stories;
}

/**
 * The index.md text in the project's one entry format (src/lib/entry-file.ts).
 * `data` is built in the model's key order; tests/unit/entry-file.test.ts checks the result is canonical.
 */
export function toMarkdown(story: GeneratedStory): string {
  return stringifyEntryFile({ data: story.data, body: story.body });
}

const REC_STATUSES = ['proposed', 'endorsed', 'adopted', 'implemented', 'not-taken-up'];
const REC_ADDRESSEES = ['origin-governments', 'residence-governments', 'alliance', 'international-organisations', 'civil-society'];

/**
 * A few recommendations per hundred stories (issue 11), each citing 2-5
 * generated stories of its theme, from the sample session `session`, so the
 * benchmark builds their pages, reverse links, feeds and share images too.
 */
export function generateRecommendations(
  stories: GeneratedStory[],
  { perHundred = 3, seed = 'ydv-bench', session = 'tbilisi-youth-session-2026' }: { perHundred?: number; seed?: string; session?: string } = {},
): GeneratedRecommendation[] {
  const count = Math.max(1, Math.round((stories.length * perHundred) / 100));
  const width = Math.max(4, String(count).length);
  const recs: GeneratedRecommendation[] = [];
  for (let i = 0; i < count; i++) {
    const rng = createRng(`${seed}:rec:${i}`);
    const theme = (['health', 'gender', 'climate'] as const)[i % 3]!;
    const pool = stories.filter((s) => s.data.themes.includes(theme));
    const cited = rng.shuffle([...pool]).slice(0, Math.min(pool.length, rng.int(2, 5)));
    const lang = LANGUAGES[rng.pick(['en', 'fr', 'es'].filter((c) => LANGUAGES[c]))]!;
    const en = LANGUAGES.en!;
    const text = (l: Language) => sentence(l, rng, [theme], l.summaryTemplates).slice(0, 600).trim();
    const steps: { status: string; date: string; body?: Record<string, string> }[] = REC_STATUSES.slice(0, 1 + (i % 4)).map((status, n) => ({
      status,
      date: iso(new Date(Date.parse('2026-06-19') + n * 30 * DAY)),
      ...(status === 'adopted' ? { body: { en: 'City council' } } : {}),
    }));
    if (i % 7 === 6) steps.push({ status: 'not-taken-up', date: iso(new Date(Date.parse('2026-06-19') + steps.length * 30 * DAY)) });
    recs.push({
      id: `bench-rec-${String(i + 1).padStart(width, '0')}`,
      data: {
        title: { en: capitalize(en, fill(en, rng.pick(en.titleTemplates), rng, [theme])).slice(0, 160).trim(), ...(lang.code !== 'en' ? { [lang.code]: capitalize(lang, fill(lang, rng.pick(lang.titleTemplates), rng, [theme])).slice(0, 160).trim() } : {}) },
        text: { en: text(en), ...(lang.code !== 'en' ? { [lang.code]: text(lang) } : {}) },
        theme,
        addressees: rng.shuffle([...REC_ADDRESSEES]).slice(0, rng.int(1, 2)),
        session,
        evidence: cited.map((s) => ({ type: 'story', story: s.id })),
        credit: { draftedBy: rng.int(3, 12) },
        statusHistory: steps,
        published: '2026-06-25',
      },
    });
  }
  return recs;
}

/** The index.md text of a generated recommendation (front matter only). */
export const recommendationMarkdown = (rec: GeneratedRecommendation) => stringifyEntryFile({ data: rec.data });
