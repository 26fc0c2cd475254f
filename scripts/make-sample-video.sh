#!/usr/bin/env bash
# Makes the self-hosted sample clip for content/videos/salvador-coast-letter/:
# ~12 s, 640x360, H.264 + AAC in MP4, an original animation drawn entirely
# from ffmpeg's lavfi sources (a sunset sky, a volcano silhouette and a moving
# sea, no text), with a gentle sine chord over soft brown-noise surf.
#
# All metadata is stripped (-map_metadata -1, bitexact flags, and the x264
# settings SEI is removed), so the file carries no encoder, date or location.
# Idempotent: the output is rebuilt the same way each run, written to a
# temporary file first and moved into place only when complete.
#
#   bash scripts/make-sample-video.sh
#
# The hand-written captions (captions.en.vtt, captions.es.vtt) and the
# transcript in index.md live beside the clip and are not generated here.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT_DIR="$ROOT/content/videos/salvador-coast-letter"
OUT="$OUT_DIR/clip.mp4"
FFMPEG="${FFMPEG:-/usr/bin/ffmpeg}"
DURATION=12
MAX_BYTES=$((600 * 1024))

if ! command -v "$FFMPEG" >/dev/null 2>&1; then
  echo "ffmpeg not found at $FFMPEG (Debian: apt-get install ffmpeg)" >&2
  exit 1
fi
mkdir -p "$OUT_DIR"

ENCODERS="$("$FFMPEG" -hide_banner -encoders 2>/dev/null)"
if grep -q ' libx264 ' <<<"$ENCODERS"; then
  # -threads 1 keeps the bitstream identical from one run to the next.
  VCODEC=(-c:v libx264 -preset slow -crf 30 -tune animation -profile:v main -pix_fmt yuv420p -threads 1
          -x264-params "keyint=50:min-keyint=25" -bsf:v "filter_units=remove_types=6")
  ACODEC=(-c:a aac -b:a 48k -ac 1 -ar 44100)
  EXT=mp4
elif grep -q ' mpeg4 ' <<<"$ENCODERS"; then
  VCODEC=(-c:v mpeg4 -q:v 8 -pix_fmt yuv420p -threads 1)
  ACODEC=(-c:a aac -b:a 48k -ac 1 -ar 44100)
  EXT=mp4
  echo "libx264 not available: falling back to MPEG-4 Part 2" >&2
else
  echo "Neither libx264 nor mpeg4 encoder available in $FFMPEG" >&2
  exit 1
fi

# Encode outside content/ so a half-written file can never be picked up or committed.
TMP="$(mktemp "${TMPDIR:-/tmp}/ydv-clip.XXXXXX.$EXT")"
trap 'rm -f "$TMP"' EXIT

# --- Picture -------------------------------------------------------------
# One geq pass paints every pixel from X, Y and time T:
#   H   : the horizon, a wave line that moves with T
#   sky : a vertical gradient plum -> coral -> gold, with a sun that sinks
#   volc: a volcano silhouette on the left (two overlapping cones)
#   sea : deep teal with a shimmering path of light under the sun
HOR='(222+5*sin(X/41+T*1.3)+3*sin(X/13-T*2.2))'
SUNX='430'
SUNY='(150+T*3.5)'
SUN="exp(-hypot(X-$SUNX,Y-$SUNY)/38)"
GLOW="exp(-hypot(X-$SUNX,Y-$SUNY)/140)"
VOLC="(gt(Y,max(84,62+abs(X-170)*0.95))+gt(Y,140+abs(X-285)*1.1))"
SKYT="(Y/222)"
SHIM="exp(-abs(X-$SUNX+6*sin(Y/7+T*3))/(10+(Y-222)*0.3))*(0.45+0.55*sin(Y*0.45-T*4+3*sin(X/23+T)))"
SWELL="(8*sin(Y*0.23+X/60-T*1.7)+5*sin(X/31+Y*0.11+T*1.1))"
SEAD="((Y-222)/138)"

R="if(gt(Y,$HOR), 30+20*$SEAD+$SWELL+220*$SHIM, if($VOLC, 45, 70+180*$SKYT+120*$GLOW+200*$SUN))"
G="if(gt(Y,$HOR), 80-25*$SEAD+$SWELL+170*$SHIM, if($VOLC, 34, 40+95*$SKYT+90*$GLOW+190*$SUN))"
B="if(gt(Y,$HOR), 110-40*$SEAD+1.4*$SWELL+100*$SHIM, if($VOLC, 70, 105-20*$SKYT+30*$GLOW+120*$SUN))"

VIDEO="color=c=black:s=640x360:r=25:d=$DURATION,format=rgb24,geq=r='clip($R,0,255)':g='clip($G,0,255)':b='clip($B,0,255)',vignette=PI/5,fade=t=in:st=0:d=1,fade=t=out:st=$((DURATION - 1)):d=1,format=yuv420p"

# --- Sound ---------------------------------------------------------------
# A soft A-major chord that breathes slowly, over low-passed brown noise
# whose volume swells like surf. anoisesrc has a fixed seed.
CHORD="0.06*sin(2*PI*220*t)*(0.7+0.3*sin(2*PI*0.25*t))+0.04*sin(2*PI*277.18*t)*(0.7+0.3*sin(2*PI*0.2*t+1))+0.035*sin(2*PI*329.63*t)*(0.7+0.3*sin(2*PI*0.17*t+2))"

"$FFMPEG" -hide_banner -loglevel error -y \
  -f lavfi -i "$VIDEO" \
  -f lavfi -i "aevalsrc=exprs='$CHORD':s=44100:d=$DURATION" \
  -f lavfi -i "anoisesrc=color=brown:seed=42:amplitude=0.5:r=44100:d=$DURATION" \
  -filter_complex "[2:a]lowpass=f=500,tremolo=f=0.18:d=0.7,volume=0.5[surf];[1:a][surf]amix=inputs=2:normalize=0,afade=t=in:st=0:d=1.5,afade=t=out:st=$((DURATION - 2)):d=2[a]" \
  -map 0:v -map "[a]" \
  "${VCODEC[@]}" "${ACODEC[@]}" \
  -map_metadata -1 -map_chapters -1 \
  -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
  -movflags +faststart \
  -t "$DURATION" \
  "$TMP"

SIZE=$(stat -c %s "$TMP")
if [ "$SIZE" -gt "$MAX_BYTES" ]; then
  echo "clip is $SIZE bytes, over the $MAX_BYTES byte budget" >&2
  exit 1
fi
chmod 644 "$TMP"
mv -f "$TMP" "$OUT"
trap - EXIT

echo "wrote ${OUT#"$ROOT"/} ($((SIZE / 1024)) KB)"
if command -v ffprobe >/dev/null 2>&1; then
  ffprobe -v error -show_entries format=duration:stream=codec_name,width,height -of compact=p=0:nk=0 "$OUT"
fi
