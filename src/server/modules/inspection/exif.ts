import exifr from 'exifr';
import { exifDateTime, validCoordinates } from '../../../core/inspection.js';
import type { FileMime } from '../../../core/files.js';

/** Kinds whose EXIF exifr reads. */
const WITH_EXIF: readonly FileMime[] = ['image/jpeg', 'image/heic', 'image/png', 'image/webp'];

export interface PhotoFacts {
  /** The camera's capture time (its local clock), `YYYY-MM-DDTHH:mm:ss[±hh:mm]`. */
  takenAt: string | null;
  latitude: number | null;
  longitude: number | null;
}

const NONE: PhotoFacts = { takenAt: null, latitude: null, longitude: null };

/**
 * What a photo's EXIF says about when and where it was taken. Read from the
 * original as uploaded; a photo without EXIF, or one exifr cannot parse, simply
 * has no facts (never a refusal: an honest photo may have lost its EXIF).
 */
export async function readPhotoFacts(content: Buffer, mime: FileMime): Promise<PhotoFacts> {
  if (!WITH_EXIF.includes(mime)) return NONE;
  try {
    // Raw values: the date as the camera wrote it, not turned into an instant in the server's zone.
    const tags = (await exifr.parse(content, {
      tiff: true,
      exif: true,
      gps: true,
      reviveValues: false,
      pick: ['DateTimeOriginal', 'CreateDate', 'OffsetTimeOriginal', 'GPSLatitude', 'GPSLatitudeRef', 'GPSLongitude', 'GPSLongitudeRef'],
    })) as Record<string, unknown> | undefined;
    const gps = await exifr.gps(content).catch(() => undefined);
    const takenAt = tags
      ? (exifDateTime(tags.DateTimeOriginal, tags.OffsetTimeOriginal) ?? exifDateTime(tags.CreateDate))
      : null;
    const ok = gps && validCoordinates(gps.latitude, gps.longitude);
    return {
      takenAt,
      latitude: ok ? Math.round(gps.latitude * 1e7) / 1e7 : null,
      longitude: ok ? Math.round(gps.longitude * 1e7) / 1e7 : null,
    };
  } catch {
    return NONE;
  }
}
