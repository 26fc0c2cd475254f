/**
 * Phone videos carry where and with what they were filmed (QuickTime/MP4
 * `udta` and `meta` boxes: ©xyz location, make, model; XMP in `uuid` boxes).
 * None of that is needed to play the video. scrubMp4 turns those boxes into
 * `free` boxes of the same size, zero-filled: sizes and offsets stay valid,
 * so the file plays exactly as before and nothing is re-encoded.
 */

/** Boxes that only hold descriptive metadata. */
const METADATA = new Set(['udta', 'meta', 'XMP_']);
/** The `uuid` box type Adobe uses for XMP. */
const XMP_UUID = 'be7acfcb97a942e89c71999491e3afac';
/** Boxes whose children are boxes (and may hold metadata). */
const CONTAINERS = new Set(['moov', 'trak', 'mdia', 'minf', 'edts', 'dinf', 'moof', 'traf', 'mvex']);

export function isMp4(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && String.fromCharCode(...bytes.subarray(4, 8)) === 'ftyp';
}

/** A copy of `input` with every metadata box blanked; other bytes are untouched. */
export function scrubMp4(input: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(input);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const walk = (start: number, end: number) => {
    for (let off = start; off + 8 <= end; ) {
      let size = view.getUint32(off);
      let header = 8;
      if (size === 1) {
        if (off + 16 > end) return;
        size = Number(view.getBigUint64(off + 8));
        header = 16;
      } else if (size === 0) size = end - off;
      if (size < header || off + size > end) return; // Not a box we understand: leave the rest alone.
      const type = String.fromCharCode(...out.subarray(off + 4, off + 8));
      const usertype = Array.from(out.subarray(off + header, off + header + 16), (b) => b.toString(16).padStart(2, '0')).join('');
      if (METADATA.has(type) || (type === 'uuid' && usertype === XMP_UUID)) {
        out.set([0x66, 0x72, 0x65, 0x65], off + 4); // 'free'
        out.fill(0, off + header, off + size);
      } else if (CONTAINERS.has(type)) walk(off + header, off + size);
      off += size;
    }
  };
  if (isMp4(out)) walk(0, out.length);
  return out;
}
