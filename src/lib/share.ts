/**
 * Share links: plain URLs of each network's own "share" page, so nothing from
 * a third party loads until a reader chooses to follow one.
 */
export interface ShareTarget {
  id: 'whatsapp' | 'telegram' | 'facebook' | 'x' | 'linkedin' | 'bluesky' | 'email';
  /** Brand names are not translated; e-mail is labelled by the caller. */
  name: string;
  href: string;
}

export interface ShareInput {
  /** Absolute URL of the page. */
  url: string;
  title: string;
  /** e.g. a campaign hashtag, appended to the text where the network has one. */
  hashtag?: string;
}

const q = encodeURIComponent;

export function shareTargets({ url, title, hashtag }: ShareInput): ShareTarget[] {
  const text = hashtag ? `${title} ${hashtag}` : title;
  return [
    { id: 'whatsapp', name: 'WhatsApp', href: `https://wa.me/?text=${q(`${text} ${url}`)}` },
    { id: 'telegram', name: 'Telegram', href: `https://t.me/share/url?url=${q(url)}&text=${q(text)}` },
    { id: 'facebook', name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}` },
    { id: 'x', name: 'X', href: `https://x.com/intent/post?text=${q(text)}&url=${q(url)}` },
    { id: 'linkedin', name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}` },
    { id: 'bluesky', name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${q(`${text} ${url}`)}` },
    { id: 'email', name: 'E-mail', href: `mailto:?subject=${q(title)}&body=${q(`${text}\n\n${url}`)}` },
  ];
}
