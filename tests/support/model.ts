/** Schema helpers for unit tests: Astro's image() replaced by a string check, as the CMS generator does. */
import { z } from 'astro/zod';
import { storySchema } from '../../src/model/story';
import { videoSchema } from '../../src/model/video';
import { campaignSchema } from '../../src/model/campaign';

const image = () => z.string().regex(/^\.\/.+\.(jpe?g|png|webp)$/i, { error: 'Expected an image file beside the entry.' });
export const story = storySchema(image);
export const video = videoSchema(image);
export const campaign = campaignSchema(image);

/** A valid story's frontmatter; tests change one thing at a time. */
export const validStory = () => ({
  title: 'The sea at my grandmother’s door',
  summary: 'A short summary.',
  language: 'en',
  themes: ['climate'],
  originCountries: ['FJ'],
  author: { name: 'Mere', pseudonym: false, ageGroup: '18-24' },
  published: '2026-03-14',
  consent: { publication: true, date: '2026-03-01' },
});

export const validVideo = () => ({
  ...validStory(),
  video: { provider: 'youtube', id: 'M7lc1UVf-VE' },
  poster: { src: './poster.jpg', alt: 'A beach at dusk' },
  duration: '2:05',
  captions: [{ src: './captions.en.vtt', lang: 'en' }],
});

/** The messages of a failed parse, as "path: message" lines. */
export function issues(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
