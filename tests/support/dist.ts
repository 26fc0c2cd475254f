/** Reading the built site: list files, read pages. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from './build';

/** Every file under `dir`, as paths relative to it, with forward slashes. */
export function listFiles(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export const htmlPages = (dir = DIST) => listFiles(dir).filter((f) => f.endsWith('.html'));
export const readDist = (path: string, dir = DIST) => readFileSync(join(dir, path), 'utf8');

/** Words that appear only in entries that must never be published (see content/stories). */
export const UNPUBLISHED = {
  slugs: ['draft-unpublished-story', 'future-dated-story', 'withdrawn-story'],
  words: ['zorblatquix', 'quintrelvash', 'vorpaldine'],
};
