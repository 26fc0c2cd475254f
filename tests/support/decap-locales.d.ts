/** Decap's UI phrases (its locale files have no types); only what the CMS tests click on. */
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  const phrases: {
    auth: { login: string };
    collection: { collectionTop: { filterBy: string } };
    editor: {
      editorToolbar: { save: string; status: string; ready: string; publish: string; publishNow: string };
      editorWidgets: { image: { choose: string } };
    };
    mediaLibrary: { mediaLibraryModal: { chooseSelected: string; deleteSelected: string } };
  };
  export default phrases;
}
