/** A page written by the team (About, Privacy, Share your story), in MDX, one file per language. */
import { text, z } from './fields';

export const pageSchema = () =>
  z.strictObject({
    title: text(120, 'title'),
    description: text(300, 'description'),
  });
