/**
 * A throwaway copy of the project for tests that must change content or
 * config (bad input, withdrawal, XSS). node_modules is linked, not copied.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './build';
import { PROJECT_FILES } from '../../scripts/lib/project-files.ts';


export interface TempProject {
  dir: string;
  /** Write a file relative to the copy. */
  write: (path: string, text: string | Buffer) => void;
  remove: (path: string) => void;
  cleanup: () => void;
}

export function tempProject(prefix = 'ydv-test-'): TempProject {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of PROJECT_FILES) if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    write: (path, text) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    remove: (path) => rmSync(join(dir, path), { recursive: true, force: true }),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
