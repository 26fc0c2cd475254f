/** The numbers page's aggregates as JSON (counts only). */
import type { APIRoute } from 'astro';
import { numbersJson } from '../lib/numbers';
import { siteNumbers } from '../lib/site-numbers';

export const GET: APIRoute = async () => {
  const { site, numbers } = await siteNumbers();
  return new Response(numbersJson(numbers, site.now), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
