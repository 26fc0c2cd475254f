/**
 * The support directory as pages use it: which services to show beside an
 * entry (its origin and residence countries, then international ones), and
 * the whole list by country. Stale entries warn at build; expired ones stop it.
 */
import type { CollectionEntry } from 'astro:content';
import { freshness, freshnessMessage, isSample, type SupportData } from '../model/support';
import { THEME_IDS } from '../model/taxonomy';
import { ContentError } from './integrity';

export interface SupportService {
  id: string;
  file: string;
  data: SupportData;
  /** Checked more than 12 months ago: shown without its hours. */
  stale: boolean;
  /** An example entry (example.org, +000): marked as such on the page. */
  sample: boolean;
}

/** Published services; throws a ContentError naming each entry older than 24 months, warns for those older than 12. */
export function loadSupport(entries: Pick<CollectionEntry<'support'>, 'id' | 'filePath' | 'data'>[], now: Date, warn: (message: string) => void = (m) => console.warn(`[support] ${m}`)): SupportService[] {
  const problems: string[] = [];
  const services: SupportService[] = [];
  for (const e of entries) {
    if (e.data.draft) continue;
    const file = e.filePath ?? `content/support/${e.id}/index.md`;
    const state = freshness(e.data.verified, now);
    const message = freshnessMessage(file, e.data.verified, state);
    if (state === 'expired') problems.push(message!);
    else if (state === 'stale') warn(message!);
    services.push({ id: e.id, file, data: e.data, stale: state === 'stale', sample: isSample(e.data) });
  }
  if (problems.length) throw new ContentError(problems);
  return services.sort((a, b) => a.data.name.localeCompare(b.data.name));
}

interface Showable {
  themes: readonly string[];
  contentWarning?: string;
  originCountries: readonly string[];
  residenceCountry?: string;
}

/** Themes whose entries always carry the support box. */
export const SUPPORT_THEMES: readonly (typeof THEME_IDS)[number][] = ['health', 'gender'];

/** Every story or video with a content warning, and every health or gender one, offers support. */
export const needsSupport = (d: Showable) => Boolean(d.contentWarning) || d.themes.some((t) => (SUPPORT_THEMES as readonly string[]).includes(t));

export interface SupportFor {
  countries: { code: string; services: SupportService[] }[];
  international: SupportService[];
}

/** Services for the entry's origin countries and residence (in that order), then international ones not already listed. */
export function supportFor(d: Pick<Showable, 'originCountries' | 'residenceCountry'>, services: SupportService[]): SupportFor {
  const codes = [...new Set([...d.originCountries, ...(d.residenceCountry ? [d.residenceCountry] : [])])];
  const shown = new Set<string>();
  const countries = codes
    .map((code) => {
      const here = services.filter((s) => s.data.countries.includes(code) && !shown.has(s.id));
      here.forEach((s) => shown.add(s.id));
      return { code, services: here };
    })
    .filter((c) => c.services.length > 0);
  return { countries, international: services.filter((s) => s.data.international && !shown.has(s.id)) };
}

/** Every country with at least one service, and the services for it (international ones listed once, separately). */
export function byCountry(services: SupportService[]): { code: string; services: SupportService[] }[] {
  const codes = [...new Set(services.flatMap((s) => s.data.countries))];
  return codes.map((code) => ({ code, services: services.filter((s) => s.data.countries.includes(code)) }));
}
