/**
 * Every label and hint the CMS shows, in English. Written for a 16-year-old
 * writing on a phone: short sentences, no jargon. fr.ts and es.ts must have
 * the same keys (a missing key is a type error).
 *
 * Field keys are the field's path in the content model ("author.name").
 * `fields` holds the wording shared by stories, videos and the share form;
 * `byCollection` overrides or adds wording for one collection.
 */
export const en = {
  collections: {
    share: {
      label: 'Share a story',
      singular: 'story',
      description: 'Tell your story in your own words. The team reads it, may suggest changes, and publishes it when you both agree. Nothing is public until then.',
    },
    'share-video': {
      label: 'Share a video',
      singular: 'video',
      description: 'Upload a short video (or give its YouTube/Vimeo link) with captions. The team checks it and publishes it when you both agree.',
    },
    stories: {
      label: 'Stories (team)',
      singular: 'story',
      description: 'All stories, with every field. For the communications team.',
    },
    videos: {
      label: 'Videos (team)',
      singular: 'video',
      description: 'Videos: an uploaded file or a YouTube/Vimeo link, with captions and a transcript.',
    },
    campaigns: {
      label: 'Campaigns (team)',
      singular: 'campaign',
      description: 'Calls for stories run by the communications team, in English, French and Spanish.',
    },
  },
  fields: {
    title: { label: 'Title', hint: 'A short title that makes people curious. Up to 120 characters.' },
    summary: { label: 'Summary', hint: 'One or two sentences about your story. It appears on cards and in search results.' },
    body: { label: 'Your story', hint: 'Write as you would talk to a friend. Use headings and lists if you like. Do not include phone numbers, e-mail addresses or home addresses.' },
    language: { label: 'Language', hint: 'The language your text is written in. Any language is welcome.' },
    themes: { label: 'Themes', hint: 'Pick one or more: what is your story about?' },
    originCountries: { label: 'Where your family comes from', hint: 'One or more countries. Start typing to search.' },
    residenceCountry: { label: 'Where you live now', hint: 'Optional. The country, never the town or address.' },
    author: { label: 'About you', hint: 'Only your display name and age group are kept. We never publish contact details.' },
    'author.name': { label: 'Name to show', hint: 'Your first name or a made-up name. Never an e-mail address or phone number.' },
    'author.pseudonym': { label: 'This is a made-up name', hint: 'Tick this if the name above is not your real name. It keeps you safer.' },
    'author.ageGroup': { label: 'Your age group', hint: 'If you are under 18, a parent or guardian must agree before we publish.' },
    published: { label: 'Publication date', hint: 'Today is filled in for you. A date in the future keeps the story hidden until that day.' },
    campaign: { label: 'Campaign', hint: 'Optional. Choose the campaign this answers, if any.' },
    contentWarning: { label: 'Content warning', hint: 'Optional. If your story talks about something hard (violence, self-harm, grief), say so in a few words so readers can choose.' },
    licence: { label: 'Licence', hint: 'How others may reuse your work. You keep the rights either way.' },
    consent: { label: 'Consent', hint: 'We only publish with your clear “yes”. You can ask us to remove your story at any time.' },
    'consent.publication': { label: 'I agree that this can be published on the site', hint: 'Required. Without this we cannot save or publish your story.' },
    'consent.guardian': { label: 'My parent or guardian agrees too', hint: 'Required if you are under 18. Tick it only after they have said yes.' },
    'consent.date': { label: 'Date of consent', hint: 'The day you agreed. Today is filled in for you.' },
    // Safeguarding (issue 12): the team's confirmation of a guardian's consent.
    guardianConfirmation: { label: 'Guardian consent confirmed by the team', hint: 'Authors under 18 only. Their “my parent or guardian agrees” is a request: fill this in once a team member has confirmed it (e.g. a signed form, kept offline). Never write the guardian’s name or contact details here.' },
    'guardianConfirmation.by': { label: 'Confirmed by', hint: 'The team member who confirmed it.' },
    'guardianConfirmation.method': { label: 'How', hint: 'How the guardian’s consent was confirmed. The evidence stays offline.' },
    'guardianConfirmation.date': { label: 'Confirmed on', hint: 'On or before the publication date.' },
    draft: { label: 'Keep as draft', hint: 'Ticked: the entry stays hidden even after it is published from the workflow.' },
    withdrawn: { label: 'Withdrawn', hint: 'Tick this when the author asks for removal. It disappears from the site at the next build (a few minutes).' },
    cover: { label: 'Photo', hint: 'Optional. A photo you took or are allowed to use. Avoid faces of people who did not agree.' },
    'cover.src': { label: 'Photo file', hint: 'JPEG, PNG or WebP, up to 8 MB. Location data (GPS) is removed when you upload.' },
    'cover.alt': { label: 'Describe the photo', hint: 'For people who cannot see it: what does it show? One sentence.' },
    translationOf: { label: 'Translation of', hint: 'Only for translations: pick the original story.' },
    translator: { label: 'Translated by', hint: 'Required for translations: the translator’s name as it should appear.' },
  },
  byCollection: {
    share: {
      published: { label: 'Date', hint: 'Today is filled in for you. You do not need to change it.' },
    },
    'share-video': {
      published: { label: 'Date', hint: 'Today is filled in for you. You do not need to change it.' },
    },
    stories: {},
    videos: {
      summary: { label: 'Summary', hint: 'One or two sentences about your video. It appears on cards and in search results.' },
      body: { label: 'Transcript', hint: 'Everything that is said in the video, in order. People who cannot hear it read this.' },
      video: { label: 'The video', hint: 'Upload a file, or give the YouTube or Vimeo id.' },
      'video.provider': { label: 'Where is the video?', hint: 'Upload a file here, or choose YouTube or Vimeo if it is already online there.' },
      'video.file': { label: 'Video file', hint: 'Only for uploaded videos: an MP4 or WebM file up to 30 MB. Longer videos: use YouTube or Vimeo.' },
      'video.id': { label: 'YouTube or Vimeo id', hint: 'Only for YouTube/Vimeo: the code in the link, e.g. M7lc1UVf-VE (YouTube) or 76979871 (Vimeo). Not the whole link.' },
      poster: { label: 'Poster image', hint: 'The picture shown before the video plays.' },
      'poster.src': { label: 'Image file', hint: 'JPEG, PNG or WebP, up to 8 MB. Location data (GPS) is removed when you upload.' },
      'poster.alt': { label: 'Describe the image', hint: 'For people who cannot see it: what does it show? One sentence.' },
      duration: { label: 'Length', hint: 'Minutes and seconds, like 2:05 (or 1:02:03 for hours).' },
      captions: { label: 'Captions', hint: 'At least one WebVTT (.vtt) subtitle file, one per language.' },
      'captions.src': { label: 'Caption file', hint: 'A .vtt file, up to 1 MB.' },
      'captions.lang': { label: 'Caption language', hint: 'The language of this caption file.' },
    },
    campaigns: {
      title: { label: 'Title', hint: 'The campaign name, up to 120 characters.' },
      summary: { label: 'Summary', hint: 'One or two sentences shown on cards.' },
      description: { label: 'Description', hint: 'Optional. What the campaign is about and why it matters.' },
      questions: { label: 'Questions for contributors', hint: 'Questions that help people start writing. At least one in English.' },
      'questions.item': { label: 'Question', hint: 'One question, up to 200 characters.' },
      themes: { label: 'Themes', hint: 'The themes this campaign is about.' },
      starts: { label: 'Opens on', hint: 'First day people can answer.' },
      ends: { label: 'Closes on', hint: 'Last day people can answer. On or after the opening day.' },
      hashtag: { label: 'Hashtag', hint: 'Starts with #, letters, digits or _ only, e.g. #DiasporaVoices.' },
      hero: { label: 'Main image', hint: 'The big image at the top of the campaign page.' },
      'hero.src': { label: 'Image file', hint: 'JPEG, PNG or WebP, up to 8 MB. Location data (GPS) is removed when you upload.' },
      'hero.alt': { label: 'Describe the image', hint: 'For people who cannot see it, in each language.' },
      featured: { label: 'Featured stories and videos', hint: 'Optional. Pick stories and videos to show on the campaign page, in order.' },
      'featured.story': { label: 'Story', hint: 'A story to feature.' },
      'featured.story.story': { label: 'Story', hint: 'Start typing the title.' },
      'featured.video': { label: 'Video', hint: 'A video to feature.' },
      'featured.video.video': { label: 'Video', hint: 'Start typing the title.' },
      draft: { label: 'Keep as draft', hint: 'Ticked: the campaign stays hidden.' },
    },
  },
  localized: {
    required: 'Required. Shown when there is no translation.',
    optional: 'Optional. When empty, the English text is shown.',
  },
  options: {
    ageGroup: { 'under-18': 'Under 18', '18-24': '18 to 24', '25-35': '25 to 35' },
    licence: {
      'cc-by-4.0': 'CC BY 4.0: anyone may share it if they name you',
      'cc-by-nc-4.0': 'CC BY-NC 4.0: share with your name, but not to make money',
      'all-rights-reserved': 'All rights reserved: only this site may publish it',
    },
    videoProvider: { self: 'Upload a file', youtube: 'YouTube', vimeo: 'Vimeo' },
    guardianMethod: { 'signed-form-offline': 'Signed form, kept offline', 'in-person': 'In person', 'video-call': 'Video call', 'phone-call': 'Phone call' },
  },
  messages: {
    maxLength: 'keep it to {max} characters or fewer.',
    cannotSave: 'This cannot be saved yet:',
    noConsent: 'Tick “I agree that this can be published” first. If you do not want it published, that is fine: just do not save.',
    noGuardian: 'You are under 18, so a parent or guardian must agree too. Tick “My parent or guardian agrees too” once they have said yes.',
    consentAfterPublication: 'The consent date is after the publication date. Consent comes first.',
    imageType: 'Photos must be JPEG, PNG or WebP files.',
    fileTooLarge: 'This file is too big: the limit is %{size} kB. Try a smaller file; for long videos use YouTube or Vimeo.',
    rawHtml: 'The text contains HTML code ({snippet}), which the site does not publish. Remove it and use the buttons above the text (bold, italic, link, heading) instead.',
    fieldProblem: '{field}: {message}',
    minorName: 'You are under 18, so only your first name or a made-up name is shown. Keep one word (your first name), or tick “This is a made-up name”.',
    minorNameInSummary: 'You are under 18: please do not write your name in the summary, so nobody can find out who you are.',
    minorNameInAlt: 'You are under 18: please do not write your name in the image description.',
    guardianConfirmation: 'The author is under 18: a team member must confirm the guardian’s consent (Guardian consent confirmed by the team) before this can be published. Until then, tick “Keep as draft”.',
  },
  ui: {
    switchLanguage: 'Editor language',
    guardianRequested: 'under 18: guardian consent requested',
    guardianConfirmed: 'confirmed by the team ✓',
    filterUnder18: 'Authors under 18',
    loading: 'Loading the editor…',
    noScript: 'The editor needs JavaScript.',
    previewNotice: 'Preview: roughly how it will look on the site.',
    previewBy: 'by {name}',
    previewPseudonym: '(pseudonym)',
    previewWarning: 'Content warning',
    previewTranscript: 'Transcript',
    previewQuestions: 'Questions',
    previewOpen: '{starts} to {ends}',
  },
};

/** The shape every locale's table must have: same keys, string values. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type CmsLabels = Widen<typeof en>;
