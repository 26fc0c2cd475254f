/**
 * Reading any property of an imported image (width, format…) makes Astro
 * publish the original file, EXIF and GPS included, beside the resized
 * copies: its proxy records every read except `clone`. Read metadata here.
 */
import type { ImageMetadata } from 'astro';

export const imageMeta = (img: ImageMetadata): ImageMetadata => (img as ImageMetadata & { clone?: ImageMetadata }).clone ?? img;
