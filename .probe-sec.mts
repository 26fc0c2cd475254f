import { markdownProcessor } from '/work/main/src/markdown/pipeline.ts';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
const p = markdownProcessor({ rawHtml: 'strip' });
const r = await p.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: false } as any);
const cases = [
 '[a](javascript:alert(1))', '[b](jav&#x61;script:alert(1))', '<javascript:alert(1)>', '![x](data:image/png;base64,AAAA)',
 '[r][x]\n\n[x]: javascript:alert(1)', '![img](https://tracker.example/p.png)', '[ext](https://example.org)', '<img src=x onerror=alert(1)>',
 '[x](https://e.org "t\\" onmouseover=alert(1)")', '## location\n\ntext', 'a[^1]\n\n[^1]: note', '[x](//evil.example/x)', '![y](//evil.example/p.png)',
 '[x](<java\tscript:alert(1)>)',
];
for (const c of cases) {
  try { const o = await r.render(c, { fileURL: new URL('file:///work/main/content/stories/x/index.md') }); console.log(JSON.stringify(c), '=>', o.code); }
  catch (e) { console.log(JSON.stringify(c), 'THREW', (e as Error).message.slice(0,200)); }
}
const pe = markdownProcessor({ rawHtml: 'error' });
const re = await pe.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: false } as any);
try { await re.render('Hello\n\n<script>alert(1)</script>', { fileURL: new URL('file:///work/main/content/stories/x/index.md') }); } catch (e) { console.log('ERR:', (e as Error).message); }
