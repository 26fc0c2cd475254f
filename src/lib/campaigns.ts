/** Campaign helpers: status grouping and the entries a campaign page lists. */
import { campaignStatus, type CampaignStatus } from '../model/campaign';
import type { CampaignEntry, Contribution } from './entries';

export function campaignsByStatus(campaigns: CampaignEntry[], now: Date): Record<CampaignStatus, CampaignEntry[]> {
  const groups: Record<CampaignStatus, CampaignEntry[]> = { open: [], upcoming: [], closed: [] };
  for (const c of campaigns) groups[campaignStatus(c.data, now)].push(c);
  return groups;
}

/** Featured entries in the curators' order (public ones only), then every other entry tagged with the campaign. */
export function campaignEntries(campaign: CampaignEntry, contributions: Contribution[]) {
  const find = (collection: 'stories' | 'videos', id: string) => contributions.find((e) => e.collection === collection && e.id === id);
  const featured = campaign.data.featured
    .map((f) => (f.type === 'story' ? find('stories', f.story) : find('videos', f.video)))
    .filter((e): e is Contribution => e !== undefined);
  const featuredKeys = new Set(featured.map((e) => `${e.collection}/${e.id}`));
  const tagged = contributions.filter((e) => e.data.campaign === campaign.id && !featuredKeys.has(`${e.collection}/${e.id}`));
  return { featured, tagged };
}
