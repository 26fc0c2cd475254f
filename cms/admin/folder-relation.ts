/**
 * The "folder-relation" widget: Decap's relation widget, storing the entry's
 * folder name. With `path: '{{slug}}/index'` Decap's slug for an entry is
 * "my-story/index" (decap-cms issue 4092), but the model and the site refer to
 * entries by folder ("my-story"). This wrapper translates in both directions.
 */
import { Component, createElement as h, type ComponentType } from 'react';

const SUFFIX = '/index';
const toDecap = (v: unknown) => (typeof v === 'string' && v !== '' && !v.endsWith(SUFFIX) ? v + SUFFIX : v);
const toModel = (v: unknown) => (typeof v === 'string' && v.endsWith(SUFFIX) ? v.slice(0, -SUFFIX.length) : v);

interface WidgetRegistry {
  getWidget(name: string): { control: unknown; preview: unknown; schema?: unknown } | undefined;
  registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
}

type ControlProps = { value?: unknown; onChange: (value: unknown, metadata?: unknown) => void } & Record<string, unknown>;

export function registerFolderRelation(CMS: WidgetRegistry) {
  const relation = CMS.getWidget('relation');
  if (!relation) throw new Error('Decap has no relation widget to wrap');
  const Inner = relation.control as ComponentType<ControlProps>;
  class FolderRelationControl extends Component<ControlProps> {
    render() {
      return h(Inner, {
        ...this.props,
        value: toDecap(this.props.value),
        onChange: (value: unknown, metadata?: unknown) => this.props.onChange(toModel(value), metadata),
      });
    }
  }
  // Same option schema as "relation", so Decap validates collection/value_field/search_fields as usual.
  CMS.registerWidget('folder-relation', FolderRelationControl, relation.preview, relation.schema);
}
