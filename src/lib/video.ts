/** Video helpers: provider URLs for the click-to-load facade, and durations for people and machines. */
import { durationSeconds } from '../model/video';
import type { Locale } from '../i18n';

export interface ExternalPlayer {
  host: 'YouTube' | 'Vimeo';
  /** The provider's own page, for the no-JavaScript link. */
  watch: string;
  /** The privacy-enhanced player, loaded only after the reader presses play. */
  embed: string;
}

export function externalPlayer(provider: 'youtube' | 'vimeo', id: string): ExternalPlayer {
  const safe = encodeURIComponent(id);
  return provider === 'youtube'
    ? { host: 'YouTube', watch: `https://www.youtube.com/watch?v=${safe}`, embed: `https://www.youtube-nocookie.com/embed/${safe}?autoplay=1` }
    : { host: 'Vimeo', watch: `https://vimeo.com/${safe}`, embed: `https://player.vimeo.com/video/${safe}?dnt=1&autoplay=1` };
}

const parts = (value: string) => {
  const total = durationSeconds(value);
  if (!Number.isFinite(total)) throw new Error(`"${value}" is not a duration (m:ss or h:mm:ss).`);
  return { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
};

/** "2:05" → "PT2M5S", for <time datetime> and feeds. */
export function isoDuration(value: string): string {
  const { hours, minutes, seconds } = parts(value);
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
}

/** "2:05" → "2 minutes, 5 seconds" in the reader's language: screen readers read "2:05" as a time of day. */
export function spokenDuration(value: string, locale: Locale): string {
  const { hours, minutes, seconds } = parts(value);
  const DurationFormat = (Intl as unknown as { DurationFormat?: new (l: string, o: object) => { format(d: object): string } }).DurationFormat;
  if (DurationFormat) return new DurationFormat(locale, { style: 'long' }).format({ hours, minutes, seconds });
  // Older runtimes: unit formatting joined as a list.
  const unit = (n: number, u: string) => new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'long' }).format(n);
  const list = [hours && unit(hours, 'hour'), minutes && unit(minutes, 'minute'), (seconds || (!hours && !minutes)) && unit(seconds, 'second')].filter(Boolean) as string[];
  return new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(list);
}

/** Transcripts longer than this (in characters of plain text) are folded in a <details>. */
export const TRANSCRIPT_FOLD = 1500;
