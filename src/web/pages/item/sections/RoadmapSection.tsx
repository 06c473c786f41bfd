import { Timeline, Tooltip } from 'antd';
import { daysBetween } from '../../../../core/dates.js';
import type { ItemOut, MilestoneOut } from '../../../backend/types.js';
import { EmptyState } from '../../../components/PageState.js';
import { LIGHT_COLORS } from '../../../components/tags.js';
import { fmtDate, todayInChina } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import type { Translate } from '../../../i18n/translate.js';
import { MarkMilestoneDone } from './MarkMilestoneDone.js';

type State = 'done' | 'done_late' | 'late' | 'open';

function stateOf(m: MilestoneOut, today: string): State {
  if (m.doneDate) return m.doneDate > m.plannedDate ? 'done_late' : 'done';
  return m.plannedDate < today ? 'late' : 'open';
}

const STATE_COLORS: Record<State, string> = {
  done: LIGHT_COLORS.green,
  done_late: LIGHT_COLORS.yellow,
  late: LIGHT_COLORS.red,
  open: '#8c8c8c',
};

function stateText(m: MilestoneOut, state: State, today: string, t: Translate, lang: 'zh' | 'en'): string {
  switch (state) {
    case 'done':
      return `${t('item.done')} ${fmtDate(m.doneDate, lang)}`;
    case 'done_late':
      return `${t('item.done')} ${fmtDate(m.doneDate, lang)} · ${t('item.doneLate', { n: daysBetween(m.plannedDate, m.doneDate!) })}`;
    case 'late':
      return `${t('item.notDone')} · ${t('item.lateDays', { n: daysBetween(m.plannedDate, today) })}`;
    case 'open':
      return t('item.notDone');
  }
}

/**
 * 路线图: a Gantt strip (planned ◇ against done ●, with today and the due date
 * marked) over the milestones as a timeline.
 */
export function RoadmapSection({ item }: { item: ItemOut }) {
  const { t, lang } = useI18n();
  const today = todayInChina();
  const milestones = [...item.milestones].sort(
    (a, b) => a.sortOrder - b.sortOrder || a.plannedDate.localeCompare(b.plannedDate),
  );
  if (!milestones.length) return <EmptyState text={t('item.noMilestones')} />;

  return (
    <div data-testid="item-roadmap">
      <GanttStrip item={item} milestones={milestones} today={today} />
      <Timeline
        style={{ marginTop: 16 }}
        items={milestones.map((m) => {
          const state = stateOf(m, today);
          return {
            key: m.id,
            color: STATE_COLORS[state],
            content: (
              <div data-testid="milestone" data-state={state}>
                <div style={{ fontWeight: 500 }}>{m.title}</div>
                <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>
                  {t('item.planned')} {fmtDate(m.plannedDate, lang)}
                </div>
                <div style={{ fontSize: 12, color: STATE_COLORS[state] }}>
                  {stateText(m, state, today, t, lang)}
                  <MarkMilestoneDone item={item} milestone={m} />
                </div>
                {m.doneNote && (
                  <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.65)' }} data-testid="milestone-note">
                    {t('ms.noteLabel')}：{m.doneNote}
                  </div>
                )}
              </div>
            ),
          };
        })}
      />
    </div>
  );
}

function GanttStrip({
  item,
  milestones,
  today,
}: {
  item: ItemOut;
  milestones: MilestoneOut[];
  today: string;
}) {
  const { t, lang } = useI18n();
  const open = !['completed', 'cancelled'].includes(item.status);
  const dates = [
    item.startDate,
    item.currentDueDate,
    ...milestones.flatMap((m) => [m.plannedDate, m.doneDate ?? m.plannedDate]),
    // An open item late on its milestones stretches to today, where the lateness ends for now.
    ...(open && milestones.some((m) => stateOf(m, today) === 'late') ? [today] : []),
  ];
  // ISO dates sort as text.
  const sorted = [...dates].sort();
  const from = sorted[0]!;
  const to = sorted[sorted.length - 1]!;
  const span = Math.max(1, daysBetween(from, to));
  const pos = (d: string) => `${Math.max(0, Math.min(100, (daysBetween(from, d) / span) * 100))}%`;
  const showToday = today >= from && today <= to;

  return (
    <div style={{ position: 'relative', padding: '18px 0 20px' }} data-testid="gantt">
      {milestones.map((m) => {
        const state = stateOf(m, today);
        const end = m.doneDate ?? (state === 'late' ? today : m.plannedDate);
        const [left, right] = [m.plannedDate, end].sort() as [string, string];
        return (
          <div key={m.id} style={{ display: 'flex', alignItems: 'center', gap: 8, height: 24 }}>
            <div
              style={{
                width: '28%',
                minWidth: 0,
                overflow: 'hidden',
                textOverflow: 'ellipsis',
                whiteSpace: 'nowrap',
                fontSize: 12,
              }}
              title={m.title}
            >
              {m.title}
            </div>
            <div
              style={{ position: 'relative', flex: 1, height: 24, background: '#fafafa', borderRadius: 3 }}
            >
              {left !== right && (
                <div
                  style={{
                    position: 'absolute',
                    top: 10,
                    height: 4,
                    left: pos(left),
                    width: `calc(${pos(right)} - ${pos(left)})`,
                    background: STATE_COLORS[state],
                    opacity: 0.45,
                  }}
                />
              )}
              <Tooltip title={`${t('item.planned')} ${fmtDate(m.plannedDate, lang, true)}`}>
                <span
                  style={{
                    position: 'absolute',
                    top: 6,
                    left: pos(m.plannedDate),
                    width: 10,
                    height: 10,
                    marginLeft: -5,
                    border: `2px solid ${STATE_COLORS[state]}`,
                    background: '#fff',
                    transform: 'rotate(45deg)',
                  }}
                />
              </Tooltip>
              {m.doneDate && (
                <Tooltip title={`${t('item.done')} ${fmtDate(m.doneDate, lang, true)}`}>
                  <span
                    style={{
                      position: 'absolute',
                      top: 6,
                      left: pos(m.doneDate),
                      width: 12,
                      height: 12,
                      marginLeft: -6,
                      borderRadius: '50%',
                      background: STATE_COLORS[state],
                    }}
                  />
                </Tooltip>
              )}
            </div>
          </div>
        );
      })}
      {/* The scale: start, today and the due date in force. */}
      <div
        style={{
          position: 'absolute',
          left: 'calc(28% + 8px)',
          right: 0,
          top: 18,
          bottom: 0,
          pointerEvents: 'none',
        }}
      >
        {showToday && (
          <div
            style={{
              position: 'absolute',
              top: 0,
              bottom: 16,
              left: pos(today),
              borderLeft: '1px dashed #1677ff',
            }}
          >
            <span
              style={{
                position: 'absolute',
                top: -16,
                right: today === to ? 2 : undefined,
                left: today === to ? undefined : 2,
                fontSize: 11,
                color: '#1677ff',
                whiteSpace: 'nowrap',
              }}
            >
              {t('item.today')}
            </span>
          </div>
        )}
        <div
          style={{
            position: 'absolute',
            top: 0,
            bottom: 16,
            left: pos(item.currentDueDate),
            borderLeft: `2px solid ${LIGHT_COLORS.red}`,
          }}
        />
        <span style={{ position: 'absolute', bottom: 0, left: 0, fontSize: 11, color: 'rgba(0,0,0,0.45)' }}>
          {fmtDate(from, lang)}
        </span>
        <span style={{ position: 'absolute', bottom: 0, right: 0, fontSize: 11, color: 'rgba(0,0,0,0.45)' }}>
          {fmtDate(to, lang)}
        </span>
      </div>
    </div>
  );
}
