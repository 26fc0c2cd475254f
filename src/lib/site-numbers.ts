/** The numbers of this build's public content, computed once and shared by the page, the CSV and the JSON. */
import { campaignEntries } from './campaigns';
import { loadSite, type Site } from './entries';
import { computeNumbers, type Numbers } from './numbers';
import { currentStatus } from '../model/recommendation';

let cached: Promise<{ site: Site; numbers: Numbers }> | undefined;

export function siteNumbers() {
  cached ??= loadSite().then((site) => ({
    site,
    numbers: computeNumbers({
      contributions: site.contributions,
      campaigns: site.campaigns,
      campaignCount: (c) => {
        const { featured, tagged } = campaignEntries(c as Site['campaigns'][number], site.contributions);
        return featured.length + tagged.length;
      },
      // Issue 11: the current status of each public recommendation (the same count the recommendations page charts).
      recommendationStatuses: site.recommendations.map((r) => currentStatus(r.data)),
    }),
  }));
  return cached;
}
