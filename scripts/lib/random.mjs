/**
 * Seeded randomness for generated sample and benchmark content, so every run
 * writes the same files: an FNV-1a hash of the seed string starts a
 * mulberry32 generator. Returns a function giving numbers in [0, 1).
 */
export function seededRandom(seed) {
  const text = String(seed);
  let a = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) a = Math.imul(a ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
