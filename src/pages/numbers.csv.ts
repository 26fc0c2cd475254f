/** The numbers page's aggregates as CSV (counts only), for a team's report. */
import type { APIRoute } from 'astro';
import { numbersCsv } from '../lib/numbers';
import { siteNumbers } from '../lib/site-numbers';

export const GET: APIRoute = async () => {
  const { numbers } = await siteNumbers();
  return new Response(numbersCsv(numbers), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
