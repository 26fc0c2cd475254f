/** A written story: Markdown only, so a contributor's text can never run code. */
import { contributionFields, checkConsent } from './base';
import { picture, ref, text, z, type ImageFn } from './fields';

export const storySchema = (image: ImageFn) =>
  z
    .strictObject({
      ...contributionFields(),
      cover: picture(image).optional(),
      translationOf: ref('stories').optional(),
      translator: text(80, 'translator credit').optional(),
    })
    .superRefine((data, ctx) => {
      checkConsent(data, ctx);
      if (data.translationOf && !data.translator) {
        ctx.addIssue({
          code: 'custom',
          path: ['translator'],
          message: 'This story is a translation (translationOf is set), so credit the translator: add translator: "Name".',
        });
      }
    });

