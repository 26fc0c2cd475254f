/**
 * Safeguarding rules that stop (or warn) a real build (issue 12): support
 * entries checked too long ago, and entries by authors under 18 that could
 * identify them or lack the team's confirmation of a guardian's consent.
 * Each case builds a throwaway copy of the project.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../support/build';
import { tempProject, type TempProject } from '../support/temp-project';

const projects: TempProject[] = [];
afterAll(() => projects.forEach((p) => p.cleanup()));

const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

async function build(files: Record<string, string>, env: Record<string, string> = {}) {
  const project = tempProject('ydv-safe-');
  projects.push(project);
  for (const [path, text] of Object.entries(files)) project.write(path, text);
  const { code, output } = await buildSite({ cwd: project.dir, allowFailure: true, env });
  return { code, output: plain(output), dir: project.dir };
}

const service = (verified: string) => `---
name: "Example Old Line"
themes: [health]
countries: [PE]
languages: [es]
contact:
  phone: "+000 0000 0999"
hours:
  en: "Weekdays only, 9 to 5."
verified: ${verified}
---
`;

const minorStory = (author: string, extra = '') => `---
title: "A test story"
summary: "A summary."
language: en
themes: [climate]
originCountries: [PE]
author: ${author}
published: 2026-01-10
consent: { publication: true, guardian: true, date: 2026-01-01 }
${extra}
---

A short story.
`;

describe('support entries', () => {
  it('older than 24 months stop the build, naming the file and the fix', async () => {
    const { code, output } = await build({ 'content/support/zz-expired/index.md': service('2024-01-10') }, { YDV_NOW: '2026-02-01' });
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/support\/zz-expired\/index\.md: verified is 2024-01-10, more than 24 months ago.*update verified, or set draft: true/);
  });

  it('older than 12 months warn with the file name and lose their hours on the site', async () => {
    const { code, output, dir } = await build({ 'content/support/zz-stale/index.md': service('2024-12-01') }, { YDV_NOW: '2026-02-01' });
    expect(code, output.slice(-2000)).toBe(0);
    expect(output).toMatch(/\[support\] content\/support\/zz-stale\/index\.md: verified is 2024-12-01, more than 12 months ago, so its hours are hidden/);
    const html = readFileSync(join(dir, 'dist/en/support/index.html'), 'utf8');
    // The service's card: from its marker to the next service or section.
    const card = html.split('data-support-service="').find((c) => c.startsWith('zz-stale"'))?.split('</section>')[0] ?? '';
    expect(card).toContain('+000 0000 0999');
    expect(card).toContain('data-support-stale');
    expect(card).not.toContain('Weekdays only');
    // A fresh entry in the same build keeps its hours.
    expect(html).toMatch(/data-support-service="example-peru-linea-joven"[\s\S]*?data-support-hours/);
    expect(existsSync(join(dir, 'dist/fr/support/index.html'))).toBe(true);
  });
});

describe('authors under 18', () => {
  it('need the team’s confirmation and a first name only: the build names the file, the fields and the fix', async () => {
    const { code, output } = await build({
      'content/stories/zz-minor/index.md': minorStory('{ name: "Ana Quispe", pseudonym: false, ageGroup: "under-18" }'),
    });
    expect(code).not.toBe(0);
    expect(output).toContain('stories → zz-minor data does not match collection schema');
    expect(output).toMatch(/author\.name: The author is under 18, so only a first name or a pseudonym may be shown; "Ana Quispe" has more than one word/);
    expect(output).toMatch(/guardianConfirmation: The author is under 18: .*request.*guardianConfirmation: \{ by:/);
    expect(output).toMatch(/content\/stories\/zz-minor\/index\.md/);
  });

  it('may not be named in the summary or the image description', async () => {
    const { code, output } = await build({
      'content/stories/zz-named/index.md': minorStory('{ name: "Ana", pseudonym: false, ageGroup: "under-18" }', 'guardianConfirmation: { by: "Lea", method: signed-form-offline, date: 2026-01-05 }')
        .replace('summary: "A summary."', 'summary: "Ana tells how her street flooded."'),
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/summary: The author is under 18 and the summary repeats their name "Ana".*Rewrite the summary without the name/);
    expect(output).toMatch(/content\/stories\/zz-named\/index\.md/);
  });
});
