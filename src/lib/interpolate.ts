/** "{max} characters" with values filled in; an unknown name stays as written. Shared by the site, its islands and the CMS. */
export const interpolate = (template: string, values: Record<string, string | number> = {}) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
