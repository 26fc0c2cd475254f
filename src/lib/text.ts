/** Small text utilities. */

/** Minutes to read `markdown` at 200 words a minute, at least 1. */
export function readingMinutes(markdown: string): number {
  const words = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/[#>*_`[\]()!-]/g, ' ')
    .split(/\s+/u)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / 200));
}

/** Markdown to plain text, for transcripts and feeds. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^#+\s*/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Split plain text into paragraphs on blank lines. */
export const paragraphs = (text: string) => text.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean);
