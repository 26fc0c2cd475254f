/** Decap CMS configuration types: the subset of Decap's options this generator writes. */
import type { Locale } from '../src/i18n';
import type { CmsCollectionName } from './schemas';

export interface MediaProcessing {
  enabled: boolean;
  strip_metadata: boolean;
  quality: number;
}

/** A Decap field as this generator writes it (a subset of Decap's options). */
export interface DecapField {
  name: string;
  label: string;
  hint: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  pattern?: [string, string];
  fields?: DecapField[];
  field?: DecapField;
  types?: DecapField[];
  typeKey?: string;
  collapsed?: boolean;
  summary?: string;
  collection?: string;
  search_fields?: string[];
  value_field?: string;
  display_fields?: string[];
  options_length?: number;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  choose_url?: boolean;
  media_library?: { config: { max_file_size: number } };
  media_processing?: MediaProcessing;
  modes?: string[];
  buttons?: string[];
  editor_components?: string[];
  sanitize_preview?: boolean;
  i18n?: boolean;
  [key: string]: unknown;
}

export interface DecapCollection {
  name: CmsCollectionName;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  path: string;
  media_folder: string;
  public_folder: string;
  create: boolean;
  extension: 'md';
  format: 'frontmatter';
  slug: string;
  identifier_field: string;
  summary: string;
  sortable_fields: string[];
  preview_path: string;
  fields: DecapField[];
  view_filters?: { label: string; field: string; pattern: string }[];
}

export interface BackendConfig {
  name: string;
  repo?: string;
  branch?: string;
  base_url?: string;
  auth_endpoint?: string;
  api_root?: string;
  app_id?: string;
  auth_type?: string;
  open_authoring?: boolean;
  squash_merges?: boolean;
  /** git-gateway: the identity service (GoTrue) and the gateway. */
  identity_url?: string;
  gateway_url?: string;
}

export interface CmsOptions {
  backend: BackendConfig;
  /** decap-server URL used when the admin page is opened on localhost/127.0.0.1; omit to disable. */
  localBackend?: string;
  siteUrl?: string;
}

export interface DecapConfig {
  load_config_file: false;
  locale: Locale;
  backend: BackendConfig;
  local_backend?: { url: string };
  publish_mode: 'editorial_workflow';
  media_folder: string;
  public_folder: string;
  media_processing: MediaProcessing;
  site_url: string;
  display_url: string;
  show_preview_links: boolean;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  search: boolean;
  editor: { preview: boolean };
  collections: DecapCollection[];
}
