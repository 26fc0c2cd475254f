/**
 * The contributor's path around Decap's form. Decap has no roles: whoever can
 * log in sees every collection, the workflow board and Publish. What we can
 * do is shape the page a contributor lands on from the site's share links
 * (#/collections/share/new): no collection lists, no workflow, no media
 * library, no status or publish menus, our own login words, messages at the
 * field and a thank-you after saving. This is presentation, not access
 * control: see the README ("Who sees what").
 */
import type { Locale } from '../../src/i18n';
import type { CmsLabels } from '../labels';
import { en as siteEn } from '../../src/i18n/ui/en';

export type Mode = 'contributor' | 'team';

const SHARE = /^#\/collections\/(share|share-video)(?=[/?]|$)/;
/** Where a contributor may be: a new share form or the entry they just saved. */
const CONTRIBUTOR_VIEW = /^#\/collections\/(share|share-video)\/(new(\?.*)?|entries\/.+)$/;
const KEY = 'ydv-mode';

/** Contributor when the page opens on a share form (the site's links), or reloads after one in the same tab. */
export function modeFor(hash: string, stored: string | null): Mode {
  if (SHARE.test(hash)) return 'contributor';
  if ((hash === '' || hash === '#/' || hash === '#') && stored === 'contributor') return 'contributor';
  return 'team';
}

/** The place a contributor is sent when Decap routes elsewhere (its home page, a collection list, the workflow). */
export function contributorRedirect(hash: string, lastForm: string): string | undefined {
  if (CONTRIBUTOR_VIEW.test(hash)) return undefined;
  const m = SHARE.exec(hash);
  return `#/collections/${m?.[1] ?? lastForm}/new`;
}

const isEditor = (hash: string) => /^#\/collections\/[^/]+\/(new|entries\/)/.test(hash);

export function startMode(storage: Storage): Mode {
  const mode = modeFor(location.hash, storage.getItem(KEY));
  storage.setItem(KEY, mode);
  document.body.dataset.ydvMode = mode;
  let lastForm = SHARE.exec(location.hash)?.[1] ?? 'share';
  const route = () => {
    if (mode === 'contributor') {
      const m = SHARE.exec(location.hash);
      if (m) lastForm = m[1]!;
      const to = contributorRedirect(location.hash, lastForm);
      if (to) {
        location.replace(to);
        return;
      }
    }
    document.body.dataset.ydvView = isEditor(location.hash) ? 'editor' : 'other';
  };
  route();
  window.addEventListener('hashchange', route);
  return mode;
}

// ---------------------------------------------------------------- login screen

/** Our heading and sentence above Decap's login button (Decap's logo is hidden by admin.css while it shows). */
export function loginWords(labels: CmsLabels, locale: Locale) {
  const box = document.getElementById('ydv-login');
  if (!box) return;
  const site = document.createElement('p');
  site.className = 'ydv-site';
  const link = document.createElement('a');
  link.href = `../${locale}/`;
  link.textContent = siteEn['site.name'];
  site.append(link);
  const title = document.createElement('h1');
  title.textContent = labels.flow.loginTitle;
  const text = document.createElement('p');
  text.textContent = labels.flow.loginText;
  box.replaceChildren(site, title, text);
  // Shown only while Decap's login page is on screen.
  const sync = () => {
    const login = document.querySelector('[class*="-StyledAuthenticationPage"]');
    document.body.dataset.ydvLogin = login ? 'yes' : 'no';
    box.hidden = !login;
  };
  new MutationObserver(sync).observe(document.getElementById('nc-root') ?? document.body, { childList: true, subtree: true });
  sync();
}

// ---------------------------------------------------------------- messages

/**
 * Decap's toasts for a refused save repeat what the field already says
 * ("Oops, you've missed a required field", "Failed to persist entry: Error:
 * …"): hide those two, bring the first field message into view instead.
 */
export function quietToasts(hideIf: (text: string) => boolean) {
  const root = document.body;
  new MutationObserver(() => {
    for (const toast of document.querySelectorAll<HTMLElement>('.Toastify__toast')) {
      if (toast.dataset.ydvSeen) continue;
      toast.dataset.ydvSeen = '1';
      if (hideIf(toast.textContent ?? '')) {
        toast.style.display = 'none';
        toast.setAttribute('aria-hidden', 'true');
        setTimeout(revealFirstProblem, 50);
      }
    }
  }).observe(root, { childList: true, subtree: true });
}

/** Scrolls the first field message (ours or Decap's) into the middle of the screen. */
export function revealFirstProblem() {
  const first = document.querySelector<HTMLElement>('.ydv-field-problem, [class*="-ControlErrorsList"]');
  first?.scrollIntoView({ block: 'center' });
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** The control box of the field labelled `label` in the open form, if any. */
function fieldBox(label: string): HTMLElement | undefined {
  const want = norm(label);
  for (const l of document.querySelectorAll<HTMLLabelElement>('[class*="-ControlPaneContainer"] label')) {
    const text = norm(l.textContent ?? '');
    if (text === want || text.startsWith(`${want} (`)) return (l.closest('[class*="-ControlContainer"]') as HTMLElement | null) ?? l.parentElement ?? undefined;
  }
  return undefined;
}

export function clearFieldProblems() {
  for (const p of document.querySelectorAll('.ydv-field-problem')) p.remove();
}

/**
 * Puts each message at its field, once, in the style of Decap's own field
 * errors; returns the messages no field was found for.
 */
export function showAtFields(problems: { label: string; message: string }[]): string[] {
  clearFieldProblems();
  const left: string[] = [];
  for (const { label, message } of problems) {
    const box = fieldBox(label);
    if (!box) {
      left.push(message);
      continue;
    }
    const p = document.createElement('p');
    p.className = 'ydv-field-problem';
    p.setAttribute('role', 'alert');
    p.textContent = message;
    box.prepend(p);
  }
  revealFirstProblem();
  return left;
}

// ---------------------------------------------------------------- after saving

export function thanks(labels: CmsLabels, locale: Locale, collection: string) {
  const box = document.getElementById('ydv-thanks');
  if (!box) return;
  const title = document.createElement('h2');
  title.id = 'ydv-thanks-title';
  title.tabIndex = -1;
  title.textContent = labels.flow.thanksTitle;
  const text = document.createElement('p');
  text.textContent = labels.flow.thanksText;
  const actions = document.createElement('p');
  actions.className = 'ydv-actions';
  const another = document.createElement('a');
  another.href = `./?lang=${locale}#/collections/${collection}/new`;
  another.textContent = labels.flow.thanksAnother;
  // A fresh page: Decap would otherwise keep the saved entry's values in the new form.
  another.addEventListener('click', (e) => {
    e.preventDefault();
    location.href = another.href;
    location.reload();
  });
  const back = document.createElement('button');
  back.type = 'button';
  back.textContent = labels.flow.thanksBack;
  back.addEventListener('click', () => (box.hidden = true));
  const site = document.createElement('a');
  site.href = `../${locale}/`;
  site.textContent = labels.flow.thanksSite;
  actions.append(another, back, site);
  box.setAttribute('aria-labelledby', title.id);
  box.replaceChildren(title, text, actions);
  box.hidden = false;
  title.focus();
}
