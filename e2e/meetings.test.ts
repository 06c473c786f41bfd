import { describe, expect, it } from 'vitest';
import { apiGet, pickOption, screenshot, sessionPerTest, USERS } from './support.js';

const session = sessionPerTest(USERS.supervisor);

interface MeetingDetail {
  id: string;
  items: {
    id: string;
    title: string;
    status: string;
    dueDate: string;
    leadUnitName: string | null;
    directiveNo: number | null;
  }[];
}
interface ItemDetail {
  title: string;
  status: string;
  source: string;
  dueDate: string;
  responsibilities: { unitName: string; role: string }[];
}

/** A report as a PDF extractor gives it: spaced characters, lines broken at the column, the headline after the byline. */
const REPORT = `11 月 16 日 ，区 长 主 持 召 开 区 政
府 第 十 八 次 常 务 会 议 ，研 究 部 署
年底前重点工作。会议要求：一是全
力推进安置房建设，由区住建局牵头，

区财政局、区征收办密切配合，年底
前完成安置房主体建设1260套。二是
加快贾鲁河综合治理，贾鲁河指挥部
要会同区水务局，12月20日前完成沿
线清障。三是抓好大气污染防治，由
区环保局牵头，国土、规划等部门密
切配合，春节前完成裸露土地苫盖。
记者 甲 通讯员 乙

区政府召开第十八次常务会议
`;

async function newMeeting(title: string): Promise<string> {
  const res = await session.context.request.post('/api/meetings', {
    data: { title, kind: 'standing', date: '2026-11-16', chair: '区长' },
  });
  expect(res.status()).toBe(201);
  return (await res.json()).id;
}

describe('reading meeting minutes into draft items', () => {
  it('pastes a report, shows it cleaned with the words of a proposal marked, corrects one proposal and confirms', async () => {
    const { page } = session.w;
    const id = await newMeeting(`区政府第十八次常务会议（浏览器测试 ${Date.now()}）`);
    await page.goto(`/meetings/${id}`);
    await page.getByTestId('meeting-ingest').click();
    await page.waitForURL(`**/meetings/${id}/ingest`);

    await page.getByTestId('ingest-text').fill(REPORT);
    await page.getByTestId('ingest-analyze').click();
    const cards = page.getByTestId('proposal-card');
    await expect.poll(() => cards.count()).toBe(3);

    // The cleaned text joins the broken lines and drops the justifying spaces; the headline stands apart.
    const cleaned = page.getByTestId('ingest-cleaned');
    await expect.poll(() => cleaned.textContent()).toContain('11月16日，区长主持召开区政府第十八次常务会议');
    expect(await cleaned.locator('h3').textContent()).toBe('区政府召开第十八次常务会议');
    // The first proposal is active: its lead unit, deadline and target are marked in the text.
    expect(await cleaned.locator('mark[data-mark="lead"]').allTextContents()).toEqual(['区住建局']);
    expect(await cleaned.locator('mark[data-mark="deadline"]').allTextContents()).toEqual(['年底前']);
    expect(await cleaned.locator('mark[data-mark="target"]').allTextContents()).toEqual(['1260套']);
    await expect
      .poll(() => cards.nth(0).getByTestId('proposal-lead').textContent())
      .toContain('区住房和城乡建设局');
    expect(await cards.nth(2).getByTestId('proposal-unknown').textContent()).toContain('规划');
    await screenshot(page, 'meeting-ingest');

    // Correct the second proposal: its title and its lead unit.
    const second = cards.nth(1);
    await second.getByTestId('proposal-title').fill('完成贾鲁河沿线清障');
    await pickOption(page, second.getByTestId('proposal-lead'), '区城市管理局', '城管');
    // Drop the third.
    await cards.nth(2).getByTestId('proposal-include').click();
    await expect.poll(() => page.getByTestId('ingest-confirm').textContent()).toContain('2');

    await page.getByTestId('ingest-confirm').click();
    await page.waitForURL((url) => url.pathname === `/meetings/${id}`);
    await expect.poll(() => page.getByTestId('meeting-item-row').count()).toBe(2);

    const meeting = await apiGet<MeetingDetail>(session.context, `/api/meetings/${id}`);
    expect(meeting.items.map((i) => [i.directiveNo, i.title, i.leadUnitName, i.dueDate, i.status])).toEqual([
      [1, '全力推进安置房建设', '区住房和城乡建设局', '2026-12-31', 'draft'],
      [2, '完成贾鲁河沿线清障', '区城市管理局', '2026-12-20', 'draft'],
    ]);
    const item = await apiGet<ItemDetail>(session.context, `/api/items/${meeting.items[1]?.id}`);
    expect(item.source).toBe('meeting');
    // The corrected lead replaces the proposed one; the cooperating unit stays.
    expect(item.responsibilities.map((r) => [r.unitName, r.role])).toEqual([
      ['区城市管理局', 'lead'],
      ['区水务局', 'cooperating'],
    ]);

    // The item's source links back to the meeting.
    await page.goto(`/items/${meeting.items[0]?.id}`);
    await page.getByTestId('item-meeting-link').click();
    await page.waitForURL((url) => url.pathname === `/meetings/${id}`);
  });

  it('says in words when a text holds no numbered directives, and creates nothing', async () => {
    const { page } = session.w;
    const id = await newMeeting(`区领导会见客商（浏览器测试 ${Date.now()}）`);
    await page.goto(`/meetings/${id}/ingest`);
    await page
      .getByTestId('ingest-text')
      .fill('11月15日，区委书记在区委常委会议室会见了客商一行，并就下一步合作事宜进行座谈。');
    await page.getByTestId('ingest-analyze').click();
    await expect
      .poll(() => page.getByTestId('ingest-error').textContent())
      .toContain('未在文中找到编号的工作要求');
    expect(await page.getByTestId('proposal-card').count()).toBe(0);
    const meeting = await apiGet<MeetingDetail>(session.context, `/api/meetings/${id}`);
    expect(meeting.items).toEqual([]);
  });
});
