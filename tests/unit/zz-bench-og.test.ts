import { it } from 'vitest';
import { renderPoster } from '../../src/lib/og';
it('bench', async () => {
  const p = (i: number) => ({ kind: 'Story', title: `Title number ${i} about the coast and the sea that keeps coming closer`, lang: 'en', byline: 'by Ana', detail: 'Fiji · Climate', color: '#0b6e4f', band: ['#0b6e4f'] });
  await renderPoster(p(0), { cache: false });
  const t = performance.now();
  for (let i = 1; i <= 10; i++) await renderPoster(p(i), { cache: false });
  console.log('per image ms', (performance.now() - t) / 10);
}, 60000);
