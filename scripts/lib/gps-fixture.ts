/**
 * The privacy tests' fixture: one committed sample photo carries fake camera
 * and GPS metadata on purpose, so tests can prove that no published image
 * keeps location data (tests/build/dist-privacy.test.ts, tests/e2e/cms.test.ts).
 * Written by scripts/make-sample-media.mjs with exiftool from the PATH.
 */
import { spawnSync } from 'node:child_process';

/** The photo that carries the fake GPS and camera tags, relative to the project root. */
export const GPS_FIXTURE = 'content/stories/fiji-reef-memory/cover.jpg';

/** Fake, but plausible: a camera and a point off Suva, Fiji. */
const TAGS = [
  '-Make=SampleCam',
  '-Model=X',
  '-Software=SampleCam Firmware 1.0',
  '-DateTimeOriginal=2026:09:30 07:12:00',
  '-GPSLatitude=-18.14',
  '-GPSLatitudeRef=S',
  '-GPSLongitude=178.44',
  '-GPSLongitudeRef=E',
  '-GPSAltitude=3',
  '-GPSAltitudeRef=0',
];

function exiftool(args: string[]): string {
  const res = spawnSync('exiftool', args, { encoding: 'utf8' });
  if (res.error) throw new Error(`exiftool is not on the PATH (${res.error.message}): install it (Debian package libimage-exiftool-perl).`);
  if (res.status !== 0) throw new Error(`exiftool ${args.join(' ')} failed: ${res.stderr}`);
  return res.stdout;
}

/** Writes the fake tags into `file` (an absolute path to the fixture) and checks they are there. */
export function tagGpsFixture(file: string) {
  exiftool(['-overwrite_original', ...TAGS, file]);
  const check = exiftool(['-s', '-s', '-s', '-GPSLatitude', '-GPSLongitude', '-Make', file]);
  if (!/18 deg/.test(check) || !/SampleCam/.test(check)) throw new Error(`GPS fixture not tagged (${file}):\n${check}`);
}
