/**
 * The sample artwork: abstract, warm, original shapes, gradients and
 * patterns drawn as SVG, no text, nothing downloaded. Every "random" choice
 * comes from a PRNG seeded by the entry, so the same seed draws the same
 * picture. Used by scripts/make-sample-media.mjs.
 */
import { seededRandom } from './random.mjs';

/* ------------------------------------------------------------------ */
/* Deterministic randomness                                            */
/* ------------------------------------------------------------------ */

function rng(seedStr) {
  const next = seededRandom(seedStr);
  next.range = (lo, hi) => lo + (hi - lo) * next();
  next.int = (lo, hi) => Math.floor(next.range(lo, hi + 1));
  next.pick = (arr) => arr[Math.floor(next() * arr.length)];
  return next;
}

const f = (n) => (Math.round(n * 10) / 10).toString();

/* ------------------------------------------------------------------ */
/* SVG helpers                                                         */
/* ------------------------------------------------------------------ */

function linear(id, stops, { x1 = 0, y1 = 0, x2 = 0, y2 = 1 } = {}) {
  const s = stops.map((c, i) => `<stop offset="${f((i / (stops.length - 1)) * 100)}%" stop-color="${c}"/>`).join('');
  return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${s}</linearGradient>`;
}

function radial(id, stops, { cx = 0.5, cy = 0.5, r = 0.5 } = {}) {
  const s = stops
    .map(([c, o = 1], i) => `<stop offset="${f((i / (stops.length - 1)) * 100)}%" stop-color="${c}" stop-opacity="${o}"/>`)
    .join('');
  return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${s}</radialGradient>`;
}

/** A smooth horizontal wave band from y (baseline) down to the bottom. */
function waveBand(W, H, y, amp, waves, phase, fill, opacity = 1) {
  const steps = 48;
  let d = `M0 ${f(H)} L0 ${f(y)}`;
  for (let i = 1; i <= steps; i++) {
    const x = (i / steps) * W;
    const yy = y + amp * Math.sin((i / steps) * Math.PI * 2 * waves + phase) + amp * 0.35 * Math.sin((i / steps) * Math.PI * 5.3 * waves + phase * 1.7);
    d += ` L${f(x)} ${f(yy)}`;
  }
  d += ` L${f(W)} ${f(H)} Z`;
  return `<path d="${d}" fill="${fill}" fill-opacity="${opacity}"/>`;
}

/** A jagged ridge line (mountains) filled to the bottom. */
function ridge(W, H, y, height, peaks, r, fill, opacity = 1) {
  let d = `M0 ${f(H)} L0 ${f(y)}`;
  const pts = [];
  const n = peaks * 2;
  for (let i = 1; i <= n; i++) {
    const x = (i / n) * W + r.range(-W / n / 3, W / n / 3);
    const up = i % 2 === 1;
    const yy = up ? y - height * r.range(0.55, 1) : y - height * r.range(0.05, 0.3);
    pts.push([x, yy]);
    d += ` L${f(x)} ${f(yy)}`;
  }
  d += ` L${f(W)} ${f(y)} L${f(W)} ${f(H)} Z`;
  return { svg: `<path d="${d}" fill="${fill}" fill-opacity="${opacity}"/>`, pts };
}

function blob(cx, cy, rad, r, fill, opacity = 1, points = 9) {
  const pts = [];
  for (let i = 0; i < points; i++) {
    const a = (i / points) * Math.PI * 2;
    const rr = rad * r.range(0.78, 1.18);
    pts.push([cx + Math.cos(a) * rr, cy + Math.sin(a) * rr]);
  }
  // Closed Catmull-Rom to cubic Bezier.
  let d = `M${f(pts[0][0])} ${f(pts[0][1])}`;
  for (let i = 0; i < points; i++) {
    const p0 = pts[(i - 1 + points) % points];
    const p1 = pts[i];
    const p2 = pts[(i + 1) % points];
    const p3 = pts[(i + 2) % points];
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += ` C${f(c1[0])} ${f(c1[1])} ${f(c2[0])} ${f(c2[1])} ${f(p2[0])} ${f(p2[1])}`;
  }
  return `<path d="${d}Z" fill="${fill}" fill-opacity="${opacity}"/>`;
}

const blur = (id, sd) => `<filter id="${id}" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="${sd}"/></filter>`;

function svgDoc(W, H, defs, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs}</defs>${body}</svg>`;
}

/* ------------------------------------------------------------------ */
/* Motifs: each returns an SVG string for (W, H, rng, palette)          */
/* ------------------------------------------------------------------ */

const motifs = {
  /** Reef seen from the surface: light shafts, wave bands, coral clusters. */
  reef(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1], p[2]]) + blur('soft', 18) + radial('sun', [['#fff3c4', 0.9], ['#fff3c4', 0]], { cx: 0.7, cy: 0.05, r: 0.6 });
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/><rect width="${W}" height="${H}" fill="url(#sun)"/>`;
    for (let i = 0; i < 6; i++) {
      const x = r.range(0.3, 1) * W;
      b += `<polygon points="${f(x)},0 ${f(x + r.range(40, 90))},0 ${f(x - r.range(200, 420))},${H} ${f(x - r.range(420, 520))},${H}" fill="#fffbe8" fill-opacity="${f(r.range(0.05, 0.12))}" filter="url(#soft)"/>`;
    }
    for (let i = 0; i < 4; i++) b += waveBand(W, H, H * (0.15 + i * 0.05), 14 + i * 4, 2 + i * 0.5, r.range(0, 6), p[3], 0.07);
    const corals = [p[4], p[5], p[6], '#f7d08a'];
    for (let i = 0; i < 22; i++) {
      const cx = r.range(0, W);
      const cy = H * r.range(0.68, 1.02);
      const c = r.pick(corals);
      for (let k = 0; k < 5; k++) b += blob(cx + r.range(-60, 60), cy - k * r.range(18, 34), r.range(16, 46) * (1 - k * 0.12), r, c, r.range(0.55, 0.9), 7);
    }
    for (let i = 0; i < 40; i++) b += `<circle cx="${f(r.range(0, W))}" cy="${f(r.range(H * 0.2, H * 0.8))}" r="${f(r.range(2, 7))}" fill="#ffffff" fill-opacity="${f(r.range(0.2, 0.5))}"/>`;
    return { defs, body: b };
  },

  /** Layered ridges with retreating snow caps and a low sun. */
  glacier(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1], p[2]]) + radial('sun', [['#ffe7b0', 1], ['#ffb36b', 0.6], ['#ffb36b', 0]], { cx: 0.5, cy: 0.5, r: 0.5 });
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    b += `<circle cx="${f(W * r.range(0.2, 0.8))}" cy="${f(H * 0.36)}" r="${f(H * 0.3)}" fill="url(#sun)"/>`;
    const layers = [p[3], p[4], p[5], p[6]];
    layers.forEach((c, i) => {
      const y = H * (0.55 + i * 0.13);
      const { svg, pts } = ridge(W, H, y, H * (0.38 - i * 0.07), 3 + i, r, c);
      b += svg;
      if (i < 2)
        for (let k = 0; k < pts.length; k += 2) {
          const [x, yy] = pts[k];
          const cap = 36 + r.range(0, 30) - i * 14;
          b += `<polygon points="${f(x)},${f(yy)} ${f(x - cap)},${f(yy + cap * 0.9)} ${f(x - cap * 0.3)},${f(yy + cap * 0.7)} ${f(x + cap * 0.2)},${f(yy + cap * 1.05)} ${f(x + cap * 0.8)},${f(yy + cap * 0.8)}" fill="#f8fbff" fill-opacity="0.9"/>`;
        }
    });
    for (let i = 0; i < 5; i++) b += waveBand(W, H, H * (0.93 + i * 0.015), 6, 3, r.range(0, 6), '#cfe8f5', 0.18);
    return { defs, body: b };
  },

  /** A storm spiral over a small island and lagoon. */
  cyclone(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1], p[2]]) + blur('soft', 6);
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    const cx = W * 0.62, cy = H * 0.38;
    for (let arm = 0; arm < 4; arm++) {
      let d = '';
      for (let t = 0; t <= 120; t++) {
        const a = arm * (Math.PI / 2) + t * 0.075;
        const rad = 12 + t * 5.2;
        const x = cx + Math.cos(a) * rad;
        const y = cy + Math.sin(a) * rad * 0.62;
        d += `${t === 0 ? 'M' : 'L'}${f(x)} ${f(y)} `;
      }
      b += `<path d="${d}" fill="none" stroke="${p[3 + (arm % 2)]}" stroke-width="${34 - arm * 5}" stroke-linecap="round" stroke-opacity="0.5" filter="url(#soft)"/>`;
    }
    b += `<circle cx="${f(cx)}" cy="${f(cy)}" r="26" fill="${p[2]}"/>`;
    b += waveBand(W, H, H * 0.74, 10, 3, r.range(0, 6), p[5], 0.9);
    b += `<ellipse cx="${f(W * 0.22)}" cy="${f(H * 0.76)}" rx="${f(W * 0.16)}" ry="${f(H * 0.05)}" fill="${p[6]}"/>`;
    for (let i = 0; i < 3; i++) {
      const x = W * (0.14 + i * 0.06);
      b += `<path d="M${f(x)} ${f(H * 0.75)} Q${f(x + 14)} ${f(H * 0.64)} ${f(x + 40)} ${f(H * 0.58)}" stroke="#3a2a1a" stroke-width="9" fill="none"/>`;
      for (let k = 0; k < 5; k++) {
        const a = -Math.PI + (k / 4) * Math.PI;
        b += `<path d="M${f(x + 40)} ${f(H * 0.58)} q${f(Math.cos(a) * 50)} ${f(Math.sin(a) * 18 - 6)} ${f(Math.cos(a) * 95)} ${f(Math.sin(a) * 30 + 26)}" stroke="${p[7]}" stroke-width="10" fill="none" stroke-linecap="round"/>`;
      }
    }
    b += waveBand(W, H, H * 0.84, 12, 4, r.range(0, 6), p[4], 0.7);
    for (let i = 0; i < 70; i++) {
      const x = r.range(0, W), y = r.range(0, H * 0.7);
      b += `<line x1="${f(x)}" y1="${f(y)}" x2="${f(x - 24)}" y2="${f(y + 52)}" stroke="#e8eef8" stroke-opacity="0.25" stroke-width="3"/>`;
    }
    return { defs, body: b };
  },

  /** Sugar cane rows under a big sun, thin rain on one side. */
  cane(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1], p[2]]) + radial('sun', [['#fff0b8', 1], ['#ffc56b', 0.8], ['#ffc56b', 0]]);
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    b += `<circle cx="${f(W * 0.3)}" cy="${f(H * 0.32)}" r="${f(H * 0.26)}" fill="url(#sun)"/>`;
    for (let i = 0; i < 60; i++) {
      const x = r.range(W * 0.55, W), y = r.range(0, H * 0.5);
      b += `<line x1="${f(x)}" y1="${f(y)}" x2="${f(x - 10)}" y2="${f(y + 40)}" stroke="#dfe9f2" stroke-opacity="0.45" stroke-width="2.5"/>`;
    }
    b += waveBand(W, H, H * 0.78, 8, 1.5, 0, p[3]);
    for (let row = 0; row < 3; row++) {
      const base = H * (0.8 + row * 0.08);
      const n = 46 - row * 8;
      for (let i = 0; i < n; i++) {
        const x = (i / n) * W + r.range(-8, 8);
        const h = H * r.range(0.28, 0.42) * (1 - row * 0.12);
        const c = p[4 + row];
        b += `<line x1="${f(x)}" y1="${f(base)}" x2="${f(x + r.range(-10, 10))}" y2="${f(base - h)}" stroke="${c}" stroke-width="${7 + row * 2}" stroke-linecap="round"/>`;
        for (let k = 0; k < 2; k++) {
          const ly = base - h * r.range(0.5, 1);
          const dir = r() > 0.5 ? 1 : -1;
          b += `<path d="M${f(x)} ${f(ly)} q${f(dir * 40)} ${f(-30)} ${f(dir * 90)} ${f(10)}" stroke="${c}" stroke-width="${4 + row}" fill="none" stroke-linecap="round"/>`;
        }
      }
    }
    return { defs, body: b };
  },

  /** Seven rounded figures in motion on a pitch of arcs and lines. */
  pitch(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1]], { x2: 1, y2: 1 }) + blur('soft', 10);
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    for (let i = 0; i < 9; i++) b += `<rect x="${f((i * W) / 9)}" y="0" width="${f(W / 18)}" height="${H}" fill="#ffffff" fill-opacity="0.04"/>`;
    b += `<circle cx="${W / 2}" cy="${H / 2}" r="${f(H * 0.3)}" fill="none" stroke="#fff7e8" stroke-opacity="0.5" stroke-width="8"/>`;
    b += `<line x1="${W / 2}" y1="0" x2="${W / 2}" y2="${H}" stroke="#fff7e8" stroke-opacity="0.5" stroke-width="8"/>`;
    for (let i = 0; i < 7; i++) {
      const x = W * (0.1 + i * 0.13) + r.range(-20, 20);
      const y = H * r.range(0.35, 0.7);
      const c = p[2 + (i % 3)];
      b += `<ellipse cx="${f(x + 30)}" cy="${f(y + 210)}" rx="70" ry="16" fill="#000" fill-opacity="0.15" filter="url(#soft)"/>`;
      b += `<rect x="${f(x - 38)}" y="${f(y - 40)}" width="76" height="190" rx="38" fill="${c}" transform="rotate(${f(r.range(-18, 18))} ${f(x)} ${f(y + 50)})"/>`;
      b += `<circle cx="${f(x)}" cy="${f(y - 80)}" r="34" fill="${p[5]}"/>`;
    }
    b += `<ellipse cx="${f(W * 0.82)}" cy="${f(H * 0.22)}" rx="46" ry="30" fill="#fff4dc" transform="rotate(-25 ${f(W * 0.82)} ${f(H * 0.22)})"/>`;
    return { defs, body: b };
  },

  /** Vines and grape clusters around warm concentric "toast" circles. */
  vine(W, H, r, p) {
    let defs = radial('bg', [[p[1], 1], [p[0], 1]], { cx: 0.5, cy: 0.45, r: 0.8 });
    let b = `<rect width="${W}" height="${H}" fill="${p[0]}"/><rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    for (let i = 6; i > 0; i--) b += `<circle cx="${W / 2}" cy="${f(H * 0.48)}" r="${f(i * H * 0.08)}" fill="${p[2 + (i % 2)]}" fill-opacity="0.35"/>`;
    for (let v = 0; v < 3; v++) {
      let d = `M${f(-20)} ${f(H * (0.15 + v * 0.35))}`;
      for (let i = 1; i <= 8; i++) d += ` Q${f((i - 0.5) * (W / 8))} ${f(H * (0.15 + v * 0.35) + r.range(-80, 80))} ${f(i * (W / 8))} ${f(H * (0.15 + v * 0.35) + r.range(-40, 40))}`;
      b += `<path d="${d}" fill="none" stroke="${p[4]}" stroke-width="10" stroke-linecap="round"/>`;
    }
    for (let g = 0; g < 9; g++) {
      const gx = r.range(W * 0.05, W * 0.95), gy = r.range(H * 0.1, H * 0.8);
      const c = r.pick([p[5], p[6]]);
      b += `<path d="M${f(gx)} ${f(gy - 70)} q30 -40 80 -30 q-20 40 -80 30" fill="${p[4]}"/>`;
      for (let row = 0; row < 5; row++)
        for (let k = 0; k <= 4 - row; k++) b += `<circle cx="${f(gx + (k - (4 - row) / 2) * 26)}" cy="${f(gy - 40 + row * 24)}" r="14" fill="${c}" fill-opacity="0.92"/>`;
    }
    return { defs, body: b };
  },

  /** Rows of coffee beans on terraced hills. */
  coffee(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1]]) + blur('soft', 4);
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    b += `<circle cx="${f(W * 0.8)}" cy="${f(H * 0.22)}" r="${f(H * 0.12)}" fill="#ffe3a3" fill-opacity="0.9"/>`;
    for (let i = 0; i < 5; i++) b += waveBand(W, H, H * (0.35 + i * 0.12), 30 - i * 3, 1 + i * 0.3, r.range(0, 6), p[2 + i], 1);
    for (let i = 0; i < 26; i++) {
      const x = r.range(0, W), y = r.range(H * 0.55, H * 0.98), a = r.range(0, 180);
      const c = r.pick([p[7], p[8], '#c0392b']);
      b += `<g transform="rotate(${f(a)} ${f(x)} ${f(y)})"><ellipse cx="${f(x)}" cy="${f(y)}" rx="34" ry="24" fill="${c}"/><path d="M${f(x - 26)} ${f(y)} q13 -10 26 0 q13 10 26 0" stroke="#2b160c" stroke-width="4" fill="none"/></g>`;
    }
    return { defs, body: b };
  },

  /** Leaves arranged around a bowl, like a remedy being prepared. */
  herbs(W, H, r, p) {
    let defs = radial('bg', [[p[1], 1], [p[0], 1]], { cx: 0.5, cy: 0.55, r: 0.75 }) + blur('soft', 14);
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    const cx = W / 2, cy = H * 0.56;
    for (let i = 0; i < 28; i++) {
      const a = (i / 28) * Math.PI * 2 + r.range(-0.05, 0.05);
      const d1 = H * r.range(0.28, 0.42);
      const x = cx + Math.cos(a) * d1 * 1.35, y = cy + Math.sin(a) * d1;
      const rot = (a * 180) / Math.PI;
      const len = r.range(70, 120);
      b += `<g transform="rotate(${f(rot)} ${f(x)} ${f(y)})"><path d="M${f(x - len)} ${f(y)} Q${f(x)} ${f(y - len * 0.45)} ${f(x + len)} ${f(y)} Q${f(x)} ${f(y + len * 0.45)} ${f(x - len)} ${f(y)}Z" fill="${r.pick([p[2], p[3], p[4]])}"/><line x1="${f(x - len)}" y1="${f(y)}" x2="${f(x + len * 0.9)}" y2="${f(y)}" stroke="${p[0]}" stroke-opacity="0.4" stroke-width="3"/></g>`;
    }
    b += `<ellipse cx="${f(cx)}" cy="${f(cy + 40)}" rx="250" ry="40" fill="#000" fill-opacity="0.2" filter="url(#soft)"/>`;
    b += `<path d="M${f(cx - 230)} ${f(cy - 40)} Q${f(cx)} ${f(cy + 220)} ${f(cx + 230)} ${f(cy - 40)} Z" fill="${p[5]}"/>`;
    b += `<ellipse cx="${f(cx)}" cy="${f(cy - 40)}" rx="230" ry="46" fill="${p[6]}"/>`;
    for (let i = 0; i < 4; i++) b += `<path d="M${f(cx - 60 + i * 40)} ${f(cy - 70)} q-30 -60 0 -120 q30 -60 0 -120" stroke="#fff8ea" stroke-opacity="0.35" stroke-width="10" fill="none" stroke-linecap="round"/>`;
    return { defs, body: b };
  },

  /** Concentric plates and spice dots seen from above. */
  spices(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1]], { x2: 1, y2: 1 }) + blur('soft', 12);
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    const plates = [
      [0.22, 0.3, 0.2], [0.55, 0.55, 0.27], [0.85, 0.25, 0.16], [0.2, 0.8, 0.15], [0.86, 0.8, 0.18],
    ];
    plates.forEach(([px, py, pr], i) => {
      const x = W * px, y = H * py, rad = H * pr;
      b += `<circle cx="${f(x + 12)}" cy="${f(y + 16)}" r="${f(rad)}" fill="#000" fill-opacity="0.18" filter="url(#soft)"/>`;
      b += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(rad)}" fill="#f6ead7"/><circle cx="${f(x)}" cy="${f(y)}" r="${f(rad * 0.78)}" fill="${p[2 + (i % 5)]}"/>`;
      for (let k = 0; k < 40; k++) {
        const a = r.range(0, Math.PI * 2), d = Math.sqrt(r()) * rad * 0.7;
        b += `<circle cx="${f(x + Math.cos(a) * d)}" cy="${f(y + Math.sin(a) * d)}" r="${f(r.range(3, 9))}" fill="${r.pick([p[3], p[4], p[5], '#fff3d6'])}" fill-opacity="0.8"/>`;
      }
    });
    for (let i = 0; i < 12; i++) b += blob(r.range(0, W), r.range(0, H), r.range(10, 22), r, p[6], 0.7, 6);
    return { defs, body: b };
  },

  /** Turquoise lagoon bands with shells and small bright fragments. */
  lagoon(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1], p[2], p[3]]);
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    for (let i = 0; i < 8; i++) b += waveBand(W, H, H * (0.2 + i * 0.09), 10 + i, 1.5 + i * 0.3, r.range(0, 6), i % 2 ? '#ffffff' : p[2], 0.08);
    b += waveBand(W, H, H * 0.78, 16, 2, 1, p[4]);
    for (let i = 0; i < 30; i++) {
      const x = r.range(0, W), y = r.range(H * 0.82, H), s = r.range(12, 26);
      b += `<path d="M${f(x - s)} ${f(y)} A${f(s)} ${f(s)} 0 0 1 ${f(x + s)} ${f(y)} Z" fill="#fbeee0"/>`;
      for (let k = -2; k <= 2; k++) b += `<line x1="${f(x)}" y1="${f(y)}" x2="${f(x + k * s * 0.4)}" y2="${f(y - s * 0.85)}" stroke="${p[5]}" stroke-width="2"/>`;
    }
    for (let i = 0; i < 34; i++) {
      const x = r.range(0, W), y = r.range(H * 0.3, H * 0.95);
      b += `<rect x="${f(x)}" y="${f(y)}" width="${f(r.range(10, 30))}" height="${f(r.range(6, 16))}" rx="3" fill="${r.pick([p[6], p[7], '#ffd23f'])}" transform="rotate(${f(r.range(0, 180))} ${f(x)} ${f(y)})"/>`;
    }
    return { defs, body: b };
  },

  /** Three strands braided together. */
  braid(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1]], { x2: 1, y2: 0.4 }) + blur('soft', 8);
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    for (let i = 0; i < 14; i++) b += `<circle cx="${f(r.range(0, W))}" cy="${f(r.range(0, H))}" r="${f(r.range(40, 140))}" fill="${p[5]}" fill-opacity="0.12"/>`;
    const cols = [p[2], p[3], p[4]];
    const y0 = H / 2, amp = H * 0.2;
    for (let layer = 0; layer < 2; layer++)
      for (let s = 0; s < 3; s++) {
        let d = '';
        for (let i = 0; i <= 120; i++) {
          const x = -40 + (i / 120) * (W + 80);
          const y = y0 + amp * Math.sin((i / 120) * Math.PI * 6 + (s * 2 * Math.PI) / 3);
          d += `${i === 0 ? 'M' : 'L'}${f(x)} ${f(y)} `;
        }
        b += layer === 0
          ? `<path d="${d}" fill="none" stroke="#000" stroke-opacity="0.2" stroke-width="70" filter="url(#soft)" transform="translate(10 18)"/>`
          : `<path d="${d}" fill="none" stroke="${cols[s]}" stroke-width="58" stroke-linecap="round"/>`;
      }
    return { defs, body: b };
  },

  /** Soft overlapping circles, a dark-to-light path and a lit window. */
  mind(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1], p[2]], { x2: 1, y2: 0.3 }) + blur('soft', 30) + blur('soft2', 6);
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    for (let i = 0; i < 10; i++) b += `<circle cx="${f(W * (0.05 + i * 0.1))}" cy="${f(H * (0.55 + 0.2 * Math.sin(i)))}" r="${f(r.range(80, 200))}" fill="${p[3 + (i % 3)]}" fill-opacity="0.35" filter="url(#soft)"/>`;
    let d = `M${f(-20)} ${f(H * 0.9)}`;
    for (let i = 1; i <= 6; i++) d += ` Q${f((i - 0.5) * (W / 6))} ${f(H * (0.9 - i * 0.11) + r.range(-60, 60))} ${f(i * (W / 6))} ${f(H * (0.85 - i * 0.11))}`;
    b += `<path d="${d}" fill="none" stroke="#fff4d6" stroke-width="14" stroke-linecap="round" stroke-dasharray="2 26" stroke-opacity="0.9"/>`;
    const wx = W * 0.78, wy = H * 0.14;
    b += `<rect x="${f(wx - 20)}" y="${f(wy - 20)}" width="240" height="300" rx="120" fill="#ffd98a" fill-opacity="0.4" filter="url(#soft)"/>`;
    b += `<path d="M${f(wx)} ${f(wy + 260)} V${f(wy + 100)} A100 100 0 0 1 ${f(wx + 200)} ${f(wy + 100)} V${f(wy + 260)} Z" fill="#ffe7b3"/>`;
    b += `<line x1="${f(wx + 100)}" y1="${f(wy)}" x2="${f(wx + 100)}" y2="${f(wy + 260)}" stroke="${p[0]}" stroke-width="10"/><line x1="${f(wx)}" y1="${f(wy + 140)}" x2="${f(wx + 200)}" y2="${f(wy + 140)}" stroke="${p[0]}" stroke-width="10"/>`;
    return { defs, body: b };
  },

  /** Snowy city blocks at dusk with a few warm lit windows. */
  city(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1], p[2]]);
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    for (let i = 0; i < 90; i++) b += `<circle cx="${f(r.range(0, W))}" cy="${f(r.range(0, H))}" r="${f(r.range(2, 6))}" fill="#fff" fill-opacity="${f(r.range(0.3, 0.8))}"/>`;
    let x = 0;
    while (x < W) {
      const bw = r.range(120, 240), bh = H * r.range(0.3, 0.65);
      const c = r.pick([p[3], p[4], p[5]]);
      b += `<rect x="${f(x)}" y="${f(H - bh)}" width="${f(bw)}" height="${f(bh)}" fill="${c}"/>`;
      b += `<rect x="${f(x - 4)}" y="${f(H - bh - 10)}" width="${f(bw + 8)}" height="16" rx="8" fill="#f4f7fb"/>`;
      for (let wy = H - bh + 40; wy < H - 60; wy += 64)
        for (let wx = x + 22; wx < x + bw - 40; wx += 52) {
          const lit = r() < 0.28;
          b += `<rect x="${f(wx)}" y="${f(wy)}" width="28" height="36" rx="3" fill="${lit ? p[6] : '#1b2a44'}" fill-opacity="${lit ? 1 : 0.5}"/>`;
        }
      x += bw + r.range(6, 20);
    }
    b += `<rect x="0" y="${f(H - 40)}" width="${W}" height="40" fill="#eef3f8"/>`;
    return { defs, body: b };
  },

  /** Andean step-fret bands over a warm ground. */
  textile(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1]]);
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    const bands = 6, bh = H / bands;
    for (let i = 0; i < bands; i++) {
      const y = i * bh;
      const c = p[2 + (i % 5)];
      b += `<rect x="0" y="${f(y)}" width="${W}" height="${f(bh)}" fill="${c}" fill-opacity="${i % 2 ? 0.9 : 0.75}"/>`;
      const s = bh / 5;
      for (let x = (i % 2) * s * 3; x < W; x += s * 6) {
        const cc = p[2 + ((i + 2) % 5)];
        b += `<path d="M${f(x)} ${f(y + bh - s * 0.5)} h${f(s)} v${f(-s)} h${f(s)} v${f(-s)} h${f(s)} v${f(-s)} h${f(s)} v${f(3 * s)} Z" fill="${cc}"/>`;
        b += `<rect x="${f(x + s * 4.4)}" y="${f(y + s * 1.6)}" width="${f(s * 0.9)}" height="${f(s * 0.9)}" fill="#fff3de" transform="rotate(45 ${f(x + s * 4.85)} ${f(y + s * 2.05)})"/>`;
      }
      b += `<rect x="0" y="${f(y)}" width="${W}" height="6" fill="#fff3de" fill-opacity="0.7"/>`;
    }
    return { defs, body: b };
  },

  /** A volcano silhouette above a sunset coast. */
  coast(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1], p[2], p[3]]) + radial('sun', [['#fff1c1', 1], ['#ffb25b', 0.7], ['#ffb25b', 0]]);
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    b += `<circle cx="${f(W * 0.68)}" cy="${f(H * 0.52)}" r="${f(H * 0.32)}" fill="url(#sun)"/>`;
    b += `<path d="M${f(W * 0.05)} ${f(H * 0.62)} L${f(W * 0.28)} ${f(H * 0.2)} Q${f(W * 0.31)} ${f(H * 0.16)} ${f(W * 0.34)} ${f(H * 0.2)} L${f(W * 0.6)} ${f(H * 0.62)} Z" fill="${p[4]}"/>`;
    b += `<path d="M${f(W * 0.4)} ${f(H * 0.62)} L${f(W * 0.5)} ${f(H * 0.44)} L${f(W * 0.62)} ${f(H * 0.62)} Z" fill="${p[5]}"/>`;
    for (let i = 0; i < 7; i++) b += waveBand(W, H, H * (0.6 + i * 0.06), 6 + i * 2, 2 + i * 0.7, r.range(0, 6), i % 2 ? p[6] : p[7], 0.55 + i * 0.05);
    for (let i = 0; i < 10; i++) {
      const y = H * r.range(0.62, 0.75), x = W * r.range(0.55, 0.82);
      b += `<rect x="${f(x)}" y="${f(y)}" width="${f(r.range(40, 160))}" height="5" rx="2.5" fill="#ffe2a6" fill-opacity="0.7"/>`;
    }
    return { defs, body: b };
  },

  /** Clay qvevri jars half-buried in earth, vine leaves above. */
  qvevri(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1]]) + linear('jar', [p[3], p[4]], { x2: 1, y2: 0 });
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    b += `<rect x="0" y="${f(H * 0.6)}" width="${W}" height="${f(H * 0.4)}" fill="${p[2]}"/>`;
    for (let i = 0; i < 4; i++) {
      const cx = W * (0.16 + i * 0.23), top = H * r.range(0.22, 0.36), w = r.range(150, 190);
      b += `<path d="M${f(cx - 40)} ${f(top)} h80 C${f(cx + w)} ${f(top + 80)} ${f(cx + w)} ${f(H * 0.75)} ${f(cx)} ${f(H * 0.95)} C${f(cx - w)} ${f(H * 0.75)} ${f(cx - w)} ${f(top + 80)} ${f(cx - 40)} ${f(top)} Z" fill="url(#jar)"/>`;
      b += `<ellipse cx="${f(cx)}" cy="${f(top)}" rx="46" ry="12" fill="${p[5]}"/>`;
    }
    b += `<rect x="0" y="${f(H * 0.7)}" width="${W}" height="${f(H * 0.3)}" fill="${p[2]}" fill-opacity="0.92"/>`;
    for (let i = 0; i < 16; i++) b += blob(r.range(0, W), r.range(0, H * 0.18), r.range(26, 50), r, p[6], 0.85, 5);
    return { defs, body: b };
  },

  /** Two overlapping rounded speech shapes over a woven band. */
  voices(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1]], { x2: 1, y2: 1 }) + blur('soft', 16);
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    b += `<rect x="${f(W * 0.18)}" y="${f(H * 0.2)}" width="${f(W * 0.38)}" height="${f(H * 0.36)}" rx="90" fill="${p[2]}" fill-opacity="0.92"/>`;
    b += `<path d="M${f(W * 0.25)} ${f(H * 0.54)} l-30 90 l110 -80 Z" fill="${p[2]}" fill-opacity="0.92"/>`;
    b += `<rect x="${f(W * 0.44)}" y="${f(H * 0.36)}" width="${f(W * 0.38)}" height="${f(H * 0.34)}" rx="90" fill="${p[3]}" fill-opacity="0.88"/>`;
    b += `<path d="M${f(W * 0.74)} ${f(H * 0.68)} l40 90 l-120 -84 Z" fill="${p[3]}" fill-opacity="0.88"/>`;
    for (let i = 0; i < 3; i++) b += `<circle cx="${f(W * (0.31 + i * 0.05))}" cy="${f(H * 0.38)}" r="16" fill="#fff7ea"/><circle cx="${f(W * (0.57 + i * 0.05))}" cy="${f(H * 0.53)}" r="16" fill="#fff7ea"/>`;
    const y = H * 0.86, s = 24;
    b += `<rect x="0" y="${f(y - 10)}" width="${W}" height="${f(H - y + 10)}" fill="${p[4]}"/>`;
    for (let x = 0; x < W; x += s * 4) b += `<path d="M${f(x)} ${f(y + s * 2)} l${s} ${-s} l${s} ${s} l${s} ${-s} l${s} ${s}" stroke="${p[5]}" stroke-width="10" fill="none"/>`;
    return { defs, body: b };
  },

  /** Sun-bleached building frames and heat shimmer. */
  heat(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1], p[2]]) + radial('sun', [['#fffbe0', 1], ['#ffcf66', 0.7], ['#ffcf66', 0]]);
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    b += `<circle cx="${f(W * 0.5)}" cy="${f(H * 0.2)}" r="${f(H * 0.4)}" fill="url(#sun)"/>`;
    for (let i = 0; i < 6; i++) {
      let d = '';
      for (let k = 0; k <= 60; k++) d += `${k ? 'L' : 'M'}${f((k / 60) * W)} ${f(H * (0.35 + i * 0.05) + 6 * Math.sin(k * 0.9 + i))} `;
      b += `<path d="${d}" stroke="#fff6d8" stroke-opacity="0.3" stroke-width="4" fill="none"/>`;
    }
    const bx = W * 0.15, by = H * 0.45, cw = 140, ch = 110;
    for (let c = 0; c <= 8; c++) b += `<rect x="${f(bx + c * cw)}" y="${f(by)}" width="16" height="${f(H - by)}" fill="${p[3]}"/>`;
    for (let rr = 0; rr <= 4; rr++) b += `<rect x="${f(bx)}" y="${f(by + rr * ch)}" width="${f(cw * 8 + 16)}" height="14" fill="${p[3]}"/>`;
    for (let i = 0; i < 8; i++) b += `<line x1="${f(bx + i * cw + 16)}" y1="${f(by + 14)}" x2="${f(bx + (i + 1) * cw)}" y2="${f(by + ch)}" stroke="${p[4]}" stroke-width="6"/>`;
    b += `<rect x="0" y="${f(H * 0.9)}" width="${W}" height="${f(H * 0.1)}" fill="${p[5]}"/>`;
    b += `<circle cx="${f(W * 0.86)}" cy="${f(H * 0.72)}" r="60" fill="${p[6]}"/><rect x="${f(W * 0.86 - 40)}" y="${f(H * 0.72 + 40)}" width="80" height="${f(H * 0.18)}" rx="30" fill="${p[6]}"/>`;
    return { defs, body: b };
  },

  /** Footpath loop around a park, with walkers as rounded marks. */
  walk(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1]]);
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    for (let i = 0; i < 24; i++) b += blob(r.range(0, W), r.range(0, H), r.range(40, 110), r, r.pick([p[2], p[3]]), 0.8, 8);
    b += `<ellipse cx="${W / 2}" cy="${H / 2}" rx="${f(W * 0.36)}" ry="${f(H * 0.3)}" fill="none" stroke="${p[4]}" stroke-width="60"/>`;
    for (let i = 0; i < 12; i++) {
      const a = (i / 12) * Math.PI * 2 + 0.2;
      const x = W / 2 + Math.cos(a) * W * 0.36, y = H / 2 + Math.sin(a) * H * 0.3;
      b += `<circle cx="${f(x)}" cy="${f(y - 10)}" r="16" fill="${p[5 + (i % 2)]}"/><rect x="${f(x - 12)}" y="${f(y + 8)}" width="24" height="30" rx="12" fill="${p[5 + (i % 2)]}"/>`;
    }
    return { defs, body: b };
  },

  /** Loose diagonal colour stripes (used for the never-published draft). */
  stripes(W, H, r, p) {
    let defs = '';
    let b = `<rect width="${W}" height="${H}" fill="${p[0]}"/>`;
    for (let i = -10; i < 22; i++) b += `<rect x="${f(i * 110)}" y="-200" width="${f(r.range(30, 90))}" height="${H + 400}" fill="${p[1 + (((i % 5) + 5) % 5)]}" transform="rotate(24 ${f(i * 110)} ${H / 2})"/>`;
    b += `<circle cx="${f(W * 0.5)}" cy="${f(H * 0.5)}" r="${f(H * 0.25)}" fill="${p[0]}" fill-opacity="0.9"/>`;
    return { defs, body: b };
  },

  /** Campaign hero: horizon split between mountains, sea and a rising sun. */
  horizon(W, H, r, p) {
    let defs = linear('bg', [p[0], p[1], p[2]]) + radial('sun', [['#fff4c8', 1], ['#ffb35c', 0.75], ['#ffb35c', 0]]);
    let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    b += `<circle cx="${f(W * 0.5)}" cy="${f(H * 0.58)}" r="${f(H * 0.42)}" fill="url(#sun)"/>`;
    b += ridge(W * 0.55, H, H * 0.62, H * 0.32, 3, r, p[3]).svg;
    b += `<g transform="translate(${f(W * 0.45)} 0)">${ridge(W * 0.55, H, H * 0.62, H * 0.2, 2, r, p[4]).svg}</g>`;
    for (let i = 0; i < 6; i++) b += waveBand(W, H, H * (0.6 + i * 0.065), 7 + i * 2, 2 + i * 0.5, r.range(0, 6), i % 2 ? p[5] : p[6], 0.75);
    for (let i = 0; i < 5; i++) b += blob(W * (0.1 + i * 0.2), H * 0.93, 40, r, p[7], 0.8, 7);
    return { defs, body: b };
  },

  /** Campaign hero: warm homes (halos) linked by threads across a soft ground. */
  threads(W, H, r, p) {
    let defs = radial('bg', [[p[1], 1], [p[0], 1]], { cx: 0.5, cy: 0.5, r: 0.8 }) + blur('soft', 20) + radial('halo', [['#fff4e4', 0.9], ['#fff4e4', 0]]);
    let b = `<rect width="${W}" height="${H}" fill="${p[0]}"/><rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    for (let i = 0; i < 18; i++) b += blob(r.range(0, W), r.range(0, H), r.range(60, 160), r, p[2], 0.22, 8);
    const nodes = [];
    for (let i = 0; i < 9; i++) nodes.push([W * (0.08 + (i / 8) * 0.84) + r.range(-40, 40), H * (i % 2 ? r.range(0.25, 0.45) : r.range(0.55, 0.78))]);
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        if (j - i > 3) continue;
        const [x1, y1] = nodes[i], [x2, y2] = nodes[j];
        const mx = (x1 + x2) / 2, my = Math.min(y1, y2) - r.range(40, 160);
        b += `<path d="M${f(x1)} ${f(y1)} Q${f(mx)} ${f(my)} ${f(x2)} ${f(y2)}" fill="none" stroke="${p[3 + ((i + j) % 5)]}" stroke-width="${f(r.range(5, 12))}" stroke-linecap="round" stroke-opacity="0.85"/>`;
      }
    nodes.forEach(([x, y], i) => {
      b += `<circle cx="${f(x)}" cy="${f(y)}" r="90" fill="url(#halo)"/>`;
      b += `<path d="M${f(x - 34)} ${f(y + 30)} V${f(y - 6)} L${f(x)} ${f(y - 38)} L${f(x + 34)} ${f(y - 6)} V${f(y + 30)} Z" fill="${p[3 + (i % 5)]}"/>`;
      b += `<rect x="${f(x - 9)}" y="${f(y + 4)}" width="18" height="26" rx="4" fill="#fff4e4"/>`;
    });
    return { defs, body: b };
  },
};

/* ------------------------------------------------------------------ */
/* Palettes (warm, with a few cooler accents)                          */
/* ------------------------------------------------------------------ */

export const PALETTES = {
  reef: ['#0b4f6c', '#1a8a9a', '#4cc3b5', '#ffffff', '#ff7b5c', '#f25f7a', '#ffb347'],
  andes: ['#f9d9a8', '#f4a67a', '#c9728b', '#8e5a7e', '#5d4a78', '#3e3a63', '#2a2947'],
  svaneti: ['#fbe3c0', '#e9a98f', '#9e7fa3', '#7b6a91', '#58557f', '#3c4266', '#273049'],
  cyclone: ['#3b2d5a', '#7a4a6e', '#e68a5c', '#f2b880', '#c86a8c', '#1f6d7a', '#d8b279', '#2f7d4a'],
  cane: ['#ffd6a0', '#ffb27a', '#e58f65', '#b5894a', '#6c8f3a', '#55762d', '#3d5a22'],
  pitch: ['#1f7a4d', '#2f9e62', '#ff8c42', '#1b4b72', '#f2c14e', '#7a3e2a'],
  supra: ['#3a1424', '#7d2b3d', '#d9824a', '#f0b35e', '#4b6b2e', '#5b2150', '#8c3a6b'],
  coffee: ['#ffcf9e', '#f3a774', '#8aa04a', '#6f8c3b', '#587530', '#435d27', '#33481e', '#a3312b', '#6b2418'],
  herbs: ['#5e2f1c', '#c7683b', '#6f9e4f', '#93b55a', '#4f7f3e', '#b85b33', '#d98a54'],
  spices: ['#f3c98b', '#e49a5c', '#d9a441', '#c4472d', '#e8b33a', '#8c3b2a', '#6e8e3a'],
  lagoon: ['#bdf1ec', '#5fd0cf', '#2aa7b8', '#157a99', '#f3dcb6', '#d89b6a', '#ff5f6d', '#4a6cff'],
  braid: ['#f7b26a', '#e5737a', '#6b2d5c', '#2e1a47', '#b0413e', '#fff1dc'],
  mind: ['#2c3a6b', '#6a5a9a', '#e8a07a', '#9a8cc8', '#f0b6a0', '#7fb3c9'],
  montreal: ['#28345a', '#6d5a8c', '#e39d7a', '#3b4a72', '#4d5c86', '#5c4d7a', '#ffc36b'],
  grief: ['#3d2f4f', '#8a6a88', '#e9b98f', '#c98a8a', '#a9b7c9', '#f6e2c6'],
  textile: ['#c9472f', '#e07a3a', '#b8243b', '#f2a93b', '#2a6f6b', '#6a2b5a', '#f5d6a0'],
  coast: ['#3a2c5e', '#a24c72', '#f08b5b', '#ffd38a', '#2b2340', '#3d2f55', '#1f5e7a', '#2f7f99'],
  qvevri: ['#f6c99a', '#e59a6c', '#6b3d24', '#c7743e', '#8e4a25', '#4a2412', '#5f7f34'],
  voices: ['#f4a261', '#e76f51', '#2a9d8f', '#8a3b6e', '#3d2a4a', '#f4d35e'],
  heat: ['#ffe1a8', '#ffb677', '#f28a5b', '#7a4b3a', '#a8664a', '#5c3b2e', '#2f5d8a'],
  walk: ['#ffd8a8', '#f5b07a', '#8fbf6a', '#6fa85a', '#e9d3b0', '#c0392b', '#2c5f8a'],
  draft: ['#1e1e2e', '#ff00aa', '#00e5ff', '#ffe600', '#7cff00', '#ff5e00'],
  climateHero: ['#2b2a5c', '#c25b72', '#f6a66b', '#4a3f6e', '#5c4a7a', '#1e6c86', '#2c8aa0', '#f3d7a6'],
  healthHero: ['#5a2a3c', '#b5565a', '#e9a37a', '#f06f61', '#f4b860', '#4fb3a3', '#7f8fd6', '#e77fa8'],
  cane2: ['#ffe1b8', '#f7b98a', '#d68a6a', '#a48248', '#7b9a40', '#5f7f33', '#496627'],
};

/** The SVG for `motif` at w×h in `palette`, drawn from `seed`. */
export function drawMotif(motif, w, h, palette, seed) {
  const { defs, body } = motifs[motif](w, h, rng(seed), palette);
  return svgDoc(w, h, defs, body);
}
