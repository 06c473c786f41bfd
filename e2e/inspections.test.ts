import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InspectionOut, VisitOut } from '../src/core/schemas/inspection.js';
import {
  apiGet,
  browserPerFile,
  loginViaApi,
  newContext,
  pageErrors,
  pickOption,
  screenshot,
  USERS,
  watchedPage,
} from './support.js';

const files = browserPerFile();

/** A phone photo: a real JPEG with capture time and GPS in its EXIF. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#6a9' } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: 'Ducha', Model: 'E2E' },
      IFD2: { DateTimeOriginal: '2026:11:27 09:41:00', OffsetTimeOriginal: '+08:00' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '34/1 43/1 1200/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '113/1 36/1 3600/100',
      },
    })
    .toBuffer();
}

let photo: Buffer;
beforeAll(async () => {
  photo = await phonePhoto();
});

describe('an inspector on a phone', () => {
  it('records a planned visit and uploads a photo from the camera, which shows its time and place', async () => {
    const context = await newContext(files.browser, 'phone');
    const w = await watchedPage(context);
    await loginViaApi(context, USERS.supervisor2);
    const { page } = w;
    const mine = await apiGet<{ items: VisitOut[] }>(context, '/api/plans/mine');
    const open = mine.items.filter((v) => !v.inspectionId);
    expect(open.length).toBeGreaterThan(0);

    await page.goto('/visits');
    await expect.poll(() => page.getByTestId('visit-card').count()).toBe(mine.items.length);
    await screenshot(page, 'inspections-phone-visits');
    await page.getByTestId('record-visit').first().click();
    await page.waitForURL(/\/inspections\/new\?visit=/);
    await page.getByTestId('summary').fill('按计划实地走访：现场施工正常，塔吊2台在岗。');
    await page.getByTestId('save-inspection').click();
    await page.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop() as string;

    // The camera input: a file picked on the phone.
    const input = page.getByTestId('photo-input');
    expect(await input.getAttribute('capture')).toBe('environment');
    expect(await input.getAttribute('accept')).toBe('image/*');
    await input.setInputFiles({ name: 'IMG_20261127_0941.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect.poll(() => page.getByTestId('evidence-card').count()).toBe(1);
    await expect
      .poll(() => page.getByTestId('evidence-taken').first().textContent())
      .toContain('2026-11-27 09:41:00');
    await expect
      .poll(() => page.getByTestId('evidence-coords').first().textContent())
      .toContain('34.720000°N, 113.610000°E');
    await expect.poll(() => page.getByTestId('evidence-thumbnail').count()).toBe(1);
    // Large touch target for the camera button.
    const box = await page.getByTestId('take-photo').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
    await screenshot(page, 'inspections-phone-photo');

    const saved = await apiGet<InspectionOut>(context, `/api/inspections/${id}`);
    expect(saved).toMatchObject({ photoCount: 1, visitId: open[0].id });
    const after = await apiGet<{ items: VisitOut[] }>(context, '/api/plans/mine');
    expect(after.items.find((v) => v.id === open[0].id)?.inspectionId).toBe(id);
    expect(pageErrors(w)).toEqual([]);
    await context.close();
  });
});

describe('a supervisor at the desk', () => {
  let context: Awaited<ReturnType<typeof newContext>>;
  afterAll(async () => context?.close());

  it('makes a finding a rectification item, and another a notice, in one step each', async () => {
    context = await newContext(files.browser);
    const w = await watchedPage(context);
    await loginViaApi(context, USERS.supervisor);
    const list = await apiGet<{ items: InspectionOut[] }>(context, '/api/inspections?pageSize=50');
    const target = list.items.find(
      (i) =>
        !i.hidden &&
        i.findings.some((f) => !f.rectificationItemId) &&
        i.findings.some((f) => f.itemId && !f.noticeId),
    );
    expect(target).toBeTruthy();
    const { page } = w;
    await page.goto(`/inspections/${target?.id}`);
    await page.getByTestId('rectify').first().click();
    await pickOption(page, page.getByTestId('rectify-ledger'), '安置房建设');
    await page.getByTestId('rectify-ok').click();
    await expect.poll(() => page.getByTestId('rectification-link').count()).toBeGreaterThan(0);
    await screenshot(page, 'inspections-desktop-rectified');
    const after = await apiGet<InspectionOut>(context, `/api/inspections/${target?.id}`);
    const made = after.findings.find((f) => f.rectificationItemId)?.rectificationItemId;
    const item = await apiGet<{ status: string; sourceRef: string }>(context, `/api/items/${made}`);
    expect(item.status).toBe('assigned');
    expect(item.sourceRef).toContain('督察发现');

    // And a finding about an item becomes a numbered 督察通知单 to the inspected unit.
    await page.getByTestId('finding-notice').first().click();
    await page.getByTestId('finding-notice-actions').fill('十日内完成整改并书面回复');
    await page.getByTestId('finding-notice-ok').click();
    await expect
      .poll(() => page.getByTestId('finding-notice-link').first().textContent())
      .toMatch(/督通〔\d{4}〕\d+号/);
    expect(pageErrors(w)).toEqual([]);
  });
});
