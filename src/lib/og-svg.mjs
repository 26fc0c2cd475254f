/**
 * Satori wraps every box in an overflow mask: a white rectangle the size of
 * the box. Our posters never draw outside a box (titles are clipped and sized
 * to fit), so these masks change no pixel, but librsvg composites each one
 * as a full-size layer: they were half of a poster's rasterising time.
 * Other masks and clip paths (rounded corners, the mark) are kept.
 * Plain JS: shared by og.ts and the renderer threads (og-worker.mjs).
 * @param {string} svg
 * @returns {string}
 */
export function withoutBoxMasks(svg) {
  return svg
    .replace(/<mask id="satori_om-[\w-]+"><rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="#fff"\/><\/mask>/g, '')
    .replace(/ mask="url\(#satori_om-[\w-]+\)"/g, (attr, offset, whole) => (whole.includes(`<mask id="${attr.slice(12, -2)}"`) ? attr : ''));
}
