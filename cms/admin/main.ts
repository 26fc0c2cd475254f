/**
 * The admin page's script (bundled to /admin/admin.js by cms/integration.ts).
 * decap-cms-app's prebuilt bundle expects React and ReactDOM as globals and
 * does not start by itself: this script provides React, picks the editor
 * language, loads Decap, registers our widget, previews and save checks,
 * then calls CMS.init with the generated config for that language.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { DEFAULT_LOCALE, endonym, isLocale, LOCALES, type Locale } from '../../src/i18n';
import { CMS_LABELS } from '../labels';
import { COLLECTION_SCHEMA, type CmsCollectionName } from '../schemas';
import { registerFolderRelation } from './folder-relation';
import { prepareEntry, type Problem } from './save';
import { registerPreviews } from '../previews';

declare global {
  interface Window {
    React: typeof React;
    ReactDOM: typeof ReactDOM;
    h: typeof React.createElement;
    CMS_MANUAL_INIT?: boolean;
    DecapCmsApp?: DecapCms;
    CMS?: DecapCms;
  }
}

interface ImmutableMap {
  get(key: string): unknown;
  toJS(): Record<string, unknown>;
  setIn(path: (string | number)[], value: unknown): ImmutableMap;
  deleteIn(path: (string | number)[]): ImmutableMap;
}

interface DecapCms {
  init(opts: { config: unknown }): void;
  getWidget(name: string): { control: unknown; preview: unknown; schema?: unknown } | undefined;
  registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerPreviewStyle(href: string): void;
  registerEventListener(listener: { name: string; handler: (args: { entry: ImmutableMap }) => unknown }): void;
  registerLocale(locale: string, phrases: unknown): void;
  getLocale(locale: string): Record<string, unknown> | undefined;
}

window.React = React;
window.ReactDOM = ReactDOM;
window.h = React.createElement;
// decap-cms-app never starts by itself; the flag also holds back the all-in-one decap-cms bundle if it is ever swapped in.
window.CMS_MANUAL_INIT = true;

/** ?lang= wins (the visible switch sets it), then the browser's languages, then English. */
export function chooseLocale(search: string, languages: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get('lang');
  if (isLocale(asked)) return asked;
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

const locale = chooseLocale(location.search, navigator.languages ?? [navigator.language]);
const labels = CMS_LABELS[locale];
document.documentElement.lang = locale;
const here = (file: string) => new URL(file, document.baseURI).href;

function languageSwitch() {
  const nav = document.getElementById('ydv-lang');
  if (!nav) return;
  nav.setAttribute('aria-label', labels.ui.switchLanguage);
  nav.replaceChildren(
    ...LOCALES.map((l) => {
      const a = document.createElement('a');
      const url = new URL(location.href);
      url.searchParams.set('lang', l);
      a.href = url.pathname + url.search + url.hash;
      a.lang = l;
      a.hreflang = l;
      a.textContent = endonym(l);
      if (l === locale) a.setAttribute('aria-current', 'true');
      // Keep the current editor view (hash) when switching: read it at click time.
      a.addEventListener('click', () => {
        const now = new URL(location.href);
        now.searchParams.set('lang', l);
        a.href = now.pathname + now.search + now.hash;
      });
      return a;
    }),
  );
}

/** Our own alert region: Decap's toast disappears, this stays until the next successful save. */
function showProblems(problems: Problem[]) {
  const box = document.getElementById('ydv-problems');
  if (!box) return;
  const title = document.createElement('p');
  title.textContent = labels.messages.cannotSave;
  const list = document.createElement('ul');
  for (const p of problems) {
    const li = document.createElement('li');
    li.textContent = p.message;
    list.append(li);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', 'OK');
  close.addEventListener('click', () => (box.hidden = true));
  box.replaceChildren(title, list, close);
  box.hidden = false;
}

function hideProblems() {
  const box = document.getElementById('ydv-problems');
  if (box) box.hidden = true;
}

function setPhrase(phrases: Record<string, unknown>, path: string, value: string) {
  const keys = path.split('.');
  let node = phrases;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(s);
  });
}

async function start() {
  languageSwitch();
  const [config] = await Promise.all([
    fetch(here(`config.${locale}.json`)).then((r) => {
      if (!r.ok) throw new Error(`config.${locale}.json: ${r.status}`);
      return r.json();
    }),
    loadScript(here('decap/decap-cms-app.js')),
  ]);
  const CMS = window.DecapCmsApp;
  if (!CMS) throw new Error('decap-cms-app did not load');
  window.CMS = CMS;

  // Plainer wording for two of Decap's messages.
  const phrases = CMS.getLocale(locale);
  if (phrases) {
    setPhrase(phrases, 'editor.editorControlPane.widget.regexPattern', '%{fieldLabel}: %{pattern}');
    setPhrase(phrases, 'mediaLibrary.mediaLibrary.fileTooLarge', labels.messages.fileTooLarge);
    CMS.registerLocale(locale, phrases);
  }

  registerFolderRelation(CMS);
  registerPreviews(CMS, locale, [here('site.css'), here('preview.css')]);

  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = entry.get('collection') as string;
      if (!(collection in COLLECTION_SCHEMA)) return undefined;
      const data = entry.get('data') as ImmutableMap;
      const { edits, problems } = prepareEntry(collection as CmsCollectionName, data.toJS(), locale);
      if (problems.length > 0) {
        showProblems(problems);
        // Throwing stops the save; Decap shows the message in its error toast too.
        throw new Error(`${labels.messages.cannotSave} ${problems.map((p) => p.message).join(' ')}`);
      }
      hideProblems();
      let next = data;
      for (const e of edits) next = e.value === undefined ? next.deleteIn(e.path) : next.setIn(e.path, e.value);
      return next;
    },
  });

  document.getElementById('ydv-loading')?.remove();
  CMS.init({ config });
}

start().catch((error: unknown) => {
  const box = document.getElementById('ydv-loading');
  if (box) box.textContent = error instanceof Error ? error.message : String(error);
  console.error(error);
});
