/**
 * Preview templates: the right-hand pane of the editor, styled with the
 * site's own CSS (src/styles/global.css) plus cms/previews/preview.css, which
 * mirrors the page components' layout. Plain createElement calls: no JSX
 * build step.
 */
import { createElement as h, type ReactNode } from 'react';
import { RECOMMENDATION_STATUSES, THEMES, languageDisplayName, type ThemeId } from '../../src/model/taxonomy';
import type { Locale } from '../../src/i18n';
import { CMS_LABELS, fill } from '../labels';

/** The bits of Decap's preview props these templates use. */
interface ImmutableLike {
  getIn(path: (string | number)[]): unknown;
  toJS?: () => unknown;
}
export interface PreviewProps {
  entry: ImmutableLike;
  widgetFor: (name: string) => ReactNode;
  getAsset: (path: string) => { toString(): string } | string | undefined;
}

const plain = <T,>(v: unknown): T | undefined => {
  const maybe = v as { toJS?: () => T } | undefined;
  return (maybe && typeof maybe.toJS === 'function' ? maybe.toJS() : v) as T | undefined;
};

function helpers(props: PreviewProps, locale: Locale) {
  const data = (path: string) => plain<unknown>(props.entry.getIn(['data', ...path.split('.')]));
  const text = (path: string) => {
    const v = data(path);
    return typeof v === 'string' ? v : '';
  };
  const asset = (path: string) => {
    const src = text(path);
    if (!src) return '';
    const a = props.getAsset(src.replace(/^\.\//, ''));
    return a ? String(a) : '';
  };
  const region = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const t = CMS_LABELS[locale].ui;
  return { data, text, asset, region, t };
}

const notice = (locale: Locale) => h('p', { className: 'notice preview-notice' }, CMS_LABELS[locale].ui.previewNotice);

function themes(ids: unknown, locale: Locale) {
  const list = Array.isArray(ids) ? (ids as string[]).filter((id): id is ThemeId => id in THEMES) : [];
  if (!list.length) return null;
  return h('ul', { className: 'tags' }, list.map((id) => h('li', { key: id }, h('span', { className: `badge theme-${id}` }, THEMES[id].label[locale]))));
}

function meta(props: PreviewProps, locale: Locale) {
  const { text, data, region, t } = helpers(props, locale);
  const name = text('author.name');
  const origins = (data('originCountries') as string[] | undefined) ?? [];
  return h(
    'div',
    { className: 'entry-meta' },
    name && h('p', null, fill(t.previewBy, { name }), data('author.pseudonym') === true ? ` ${t.previewPseudonym}` : ''),
    origins.length > 0 && h('p', null, origins.map((c) => region.of(c) ?? c).join(', ')),
    themes(data('themes'), locale),
  );
}

function warning(props: PreviewProps, locale: Locale) {
  const { text, t } = helpers(props, locale);
  const cw = text('contentWarning');
  return cw ? h('p', { className: 'notice content-warning', lang: text('language') || undefined }, h('strong', null, `${t.previewWarning}: `), cw) : null;
}

export const storyPreview = (locale: Locale) =>
  function StoryPreview(props: PreviewProps) {
    const { text, asset } = helpers(props, locale);
    const lang = text('language') || undefined;
    const cover = asset('cover.src');
    return h(
      'article',
      { className: 'container story' },
      notice(locale),
      h('h1', { lang }, text('title')),
      h('p', { className: 'lead', lang }, text('summary')),
      cover && h('figure', { className: 'cover' }, h('img', { src: cover, alt: text('cover.alt') })),
      meta(props, locale),
      warning(props, locale),
      h('div', { className: 'prose', lang }, props.widgetFor('body')),
    );
  };

/** A <track> per caption file, so the preview plays with captions as the page does. */
function captionTracks(props: PreviewProps, locale: Locale): ReactNode[] {
  const { data, asset } = helpers(props, locale);
  const captions = (data('captions') as { src?: unknown; lang?: unknown }[] | undefined) ?? [];
  return (Array.isArray(captions) ? captions : []).flatMap((c, i) => {
    const src = typeof c?.src === 'string' ? asset(`captions.${i}.src`) : '';
    if (!src) return [];
    const lang = typeof c.lang === 'string' && c.lang ? c.lang : undefined;
    return [h('track', { key: `${i}:${src}`, kind: 'captions', src, srcLang: lang, label: lang ? languageDisplayName(lang, locale) : undefined, default: i === 0 })];
  });
}

export const videoPreview = (locale: Locale) =>
  function VideoPreview(props: PreviewProps) {
    const { text, asset, t } = helpers(props, locale);
    const lang = text('language') || undefined;
    const poster = asset('poster.src');
    const provider = text('video.provider');
    const file = provider === 'self' ? asset('video.file') : '';
    return h(
      'article',
      { className: 'container video' },
      notice(locale),
      h('h1', { lang }, text('title')),
      h('p', { className: 'lead', lang }, text('summary')),
      warning(props, locale),
      file
        ? h('video', { controls: true, preload: 'none', poster: poster || undefined, src: file }, ...captionTracks(props, locale))
        : poster && h('figure', { className: 'cover' }, h('img', { src: poster, alt: text('poster.alt') }), provider && h('figcaption', null, `${provider} · ${text('video.id')}`)),
      meta(props, locale),
      h('h2', null, t.previewTranscript),
      h('div', { className: 'prose', lang }, props.widgetFor('body')),
    );
  };

export const campaignPreview = (locale: Locale) =>
  function CampaignPreview(props: PreviewProps) {
    const { data, asset, t } = helpers(props, locale);
    // The page shows the interface language and falls back to English, like src/model/campaign.ts pick().
    const pickText = (path: string) => {
      const v = (data(path) ?? {}) as Record<string, unknown>;
      const own = v[locale];
      return { value: (own ?? v.en ?? '') as unknown, fallback: own === undefined };
    };
    const title = pickText('title');
    const summary = pickText('summary');
    const description = pickText('description');
    const questions = pickText('questions');
    const askedQuestions = Array.isArray(questions.value) ? questions.value.filter((q): q is string => typeof q === 'string' && q !== '') : [];
    const hero = asset('hero.src');
    const alt = pickText('hero.alt');
    const dateFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const day = (path: string) => {
      const v = data(path);
      const d = typeof v === 'string' && v ? new Date(v) : undefined;
      return d && !Number.isNaN(d.getTime()) ? dateFmt.format(d) : '';
    };
    return h(
      'article',
      { className: 'container campaign' },
      notice(locale),
      hero && h('figure', { className: 'hero' }, h('img', { src: hero, alt: String(alt.value) })),
      h('p', { className: 'status' }, fill(t.previewOpen, { starts: day('starts'), ends: day('ends') })),
      h('h1', { lang: title.fallback ? 'en' : undefined }, String(title.value)),
      h('p', { className: 'lead', lang: summary.fallback ? 'en' : undefined }, String(summary.value)),
      h('p', null, h('strong', null, String(data('hashtag') ?? ''))),
      themes(data('themes'), locale),
      description.value ? h('div', { className: 'prose', lang: description.fallback ? 'en' : undefined }, String(description.value).split(/\n{2,}/).map((p, i) => h('p', { key: i }, p))) : null,
      // questions is optional: absent, Decap hands over nothing (or a half-filled list while typing).
      ...(askedQuestions.length
        ? [h('h2', { key: 'qh' }, t.previewQuestions), h('ul', { key: 'q', className: 'prose', lang: questions.fallback ? 'en' : undefined }, askedQuestions.map((q, i) => h('li', { key: i }, q)))]
        : []),
    );
  };

/** A localized value in the editor's language, English when missing (as the site's pick()). */
const pickFrom = (data: (path: string) => unknown, locale: Locale) => (path: string) => {
  const v = (data(path) ?? {}) as Record<string, unknown>;
  const own = v[locale];
  return { value: String(own ?? v.en ?? ''), fallback: own === undefined };
};
const paragraphsOf = (text: string) => text.split(/\n{2,}/).filter(Boolean).map((p, i) => h('p', { key: i }, p));

export const sessionPreview = (locale: Locale) =>
  function SessionPreview(props: PreviewProps) {
    const { data, t } = helpers(props, locale);
    const pick = pickFrom(data, locale);
    const title = pick('title');
    const total = data('participation.total');
    return h(
      'article',
      { className: 'container session' },
      notice(locale),
      h('h1', { lang: title.fallback ? 'en' : undefined }, title.value),
      h('p', { className: 'lead' }, pick('summary').value),
      themes(data('themes'), locale),
      h('div', { className: 'prose' }, paragraphsOf(pick('description').value)),
      typeof total === 'number' ? h('p', null, fill(t.previewParticipants, { n: total })) : null,
    );
  };

export const recommendationPreview = (locale: Locale) =>
  function RecommendationPreview(props: PreviewProps) {
    const { data, t } = helpers(props, locale);
    const pick = pickFrom(data, locale);
    const title = pick('title');
    const steps = (data('statusHistory') as { status?: string }[] | undefined) ?? [];
    const evidence = (data('evidence') as unknown[] | undefined) ?? [];
    const status = steps[steps.length - 1]?.status as keyof typeof RECOMMENDATION_STATUSES | undefined;
    return h(
      'article',
      { className: 'container recommendation' },
      notice(locale),
      status && RECOMMENDATION_STATUSES[status] ? h('p', { className: 'status' }, h('strong', null, RECOMMENDATION_STATUSES[status][locale])) : null,
      h('h1', { lang: title.fallback ? 'en' : undefined }, title.value),
      themes(data('theme') ? [data('theme')] : [], locale),
      // Plain paragraphs: the site renders the Markdown through its own safe pipeline at build.
      h('div', { className: 'prose', lang: pick('text').fallback ? 'en' : undefined }, paragraphsOf(pick('text').value)),
      h('p', null, fill(t.previewEvidence, { n: evidence.length })),
    );
  };

interface PreviewRegistry {
  registerPreviewTemplate(name: string, component: unknown): void;
  registerPreviewStyle(href: string): void;
}

export function registerPreviews(CMS: PreviewRegistry, locale: Locale, styles: string[]) {
  for (const href of styles) CMS.registerPreviewStyle(href);
  CMS.registerPreviewTemplate('share', storyPreview(locale));
  CMS.registerPreviewTemplate('stories', storyPreview(locale));
  CMS.registerPreviewTemplate('share-video', videoPreview(locale));
  CMS.registerPreviewTemplate('videos', videoPreview(locale));
  CMS.registerPreviewTemplate('campaigns', campaignPreview(locale));
  CMS.registerPreviewTemplate('sessions', sessionPreview(locale));
  CMS.registerPreviewTemplate('recommendations', recommendationPreview(locale));
}
