import { ApiError } from '../../backend/client.js';
import { acceptLanguage, getLang } from '../../i18n/lang-store.js';
import { translate } from '../../i18n/translate.js';

export interface DownloadProgress {
  /** Bytes received so far. */
  bytes: number;
  /** Items in the export, as the server announced them (`x-ducha-items`), when it did. */
  items: number | null;
}

/** The file name of a `Content-Disposition` header (RFC 5987 `filename*` first). */
export function filenameOf(disposition: string | null, fallback: string): string {
  const star = disposition && /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = disposition && /filename="([^"]+)"/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/**
 * Downloads a generated file through fetch, reporting bytes as they stream in
 * (a large ledger is written while it is sent), then hands it to the browser
 * as a download. Failures come back as the API's errors.
 */
export async function downloadWithProgress(
  url: string,
  fallbackName: string,
  onProgress: (p: DownloadProgress) => void,
): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin', headers: { 'Accept-Language': acceptLanguage() } });
  } catch {
    throw new ApiError(0, 'network', translate(getLang(), 'common.networkError'));
  }
  if (!res.ok) {
    const data = (await res.json().catch(() => null)) as {
      error?: { code: never; message: string; details: [] };
    } | null;
    throw new ApiError(
      res.status,
      data?.error?.code ?? 'internal',
      data?.error?.message ?? String(res.status),
      data?.error?.details ?? [],
    );
  }
  const items = Number(res.headers.get('x-ducha-items'));
  const reader = res.body?.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  if (reader)
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.length;
      onProgress({ bytes, items: Number.isFinite(items) ? items : null });
    }
  const name = filenameOf(res.headers.get('content-disposition'), fallbackName);
  const blob = new Blob(chunks as BlobPart[], {
    type: res.headers.get('content-type') ?? 'application/octet-stream',
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return name;
}
