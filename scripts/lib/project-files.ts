/** What a throw-away copy of the project needs to build (node_modules is linked, not copied): tests and benchmark. */
export const PROJECT_FILES = ['src', 'content', 'public', 'cms', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
