import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  it('runs on the pinned Node (>= 22.12), not the machine Node 20', () => {
    const [major, minor] = process.versions.node.split('.').map(Number);
    expect(major! > 22 || (major === 22 && minor! >= 12), `running on Node ${process.versions.node}; run tests through npm so node_modules/.bin/node (24) is used`).toBe(true);
  });
});
