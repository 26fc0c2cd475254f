#!/usr/bin/env bash
# Makes the two sample recordings in content/audio/ (issue 15) from their
# transcripts, with Debian's espeak-ng (speech) and ffmpeg (encoding):
#   lima-abuela-remedios/voice.mp3   Spanish, MP3 (mono 32 kbit/s)
#   suva-sea-wall/voice.m4a          English, AAC in M4A (mono 32 kbit/s)
# The text spoken is the transcript in each index.md (front matter and Markdown
# marks removed), so transcript and recording always agree.
#
# No metadata: -map_metadata -1, no ID3v1/v2 (-id3v2_version 0, -write_id3v1 0)
# and bitexact flags, so no encoder name or date is written. The build strips
# tags anyway (src/privacy/audio.ts); committing clean files keeps the repo clean too.
#
#   bash scripts/make-sample-audio.sh     (needs: apt-get install espeak-ng ffmpeg)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for tool in espeak-ng ffmpeg; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool not found (Debian: apt-get install espeak-ng ffmpeg)" >&2; exit 1; }
done

TMP="$(mktemp -d "${TMPDIR:-/tmp}/ydv-audio.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

# The transcript of an entry as plain text: after the second "---", without **, [ ] and speaker labels' colons kept.
transcript() { awk 'n>=2{print} /^---$/{n++}' "$1" | sed -e 's/\*\*//g' -e 's/^\[\(.*\)\]$/\1./' ; }

make() { # entry voice ext codec-args...
  local dir="$ROOT/content/audio/$1" voice="$2" ext="$3"; shift 3
  transcript "$dir/index.md" > "$TMP/text.txt"
  espeak-ng -v "$voice" -s 150 -f "$TMP/text.txt" -w "$TMP/speech.wav"
  ffmpeg -hide_banner -loglevel error -y -i "$TMP/speech.wav" -ac 1 -ar 22050 \
    -map_metadata -1 -fflags +bitexact -flags:a +bitexact "$@" "$TMP/out.$ext"
  mv "$TMP/out.$ext" "$dir/voice.$ext"
  local secs; secs="$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$dir/voice.$ext")"
  printf '%s: %s bytes, %.1f s (update duration: in index.md if it changed)\n' "$dir/voice.$ext" "$(stat -c %s "$dir/voice.$ext")" "$secs"
}

make lima-abuela-remedios es mp3 -c:a libmp3lame -b:a 32k -id3v2_version 0 -write_id3v1 0 -write_xing 1
make suva-sea-wall en m4a -c:a aac -b:a 32k -movflags +faststart
