import { Flex, Tag } from 'antd';
import { STATUS_LABELS, TRAJECTORY_LABELS } from '../../../../core/labels.js';
import type { ItemOut } from '../../../backend/types.js';
import { LIGHT_COLORS, LightTag } from '../../../components/tags.js';
import { fmtDate } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useLabel } from '../../../i18n/labels.js';

const TRAJECTORY_COLORS = { on_track: 'green', behind: 'orange', far_behind: 'red' } as const;

/** The deadline light and, in words, why; the trajectory against the plan; the report cadence. */
export function LightSection({ item }: { item: ItemOut }) {
  const { t, lang } = useI18n();
  const L = useLabel();
  return (
    <div data-testid="item-light" data-light={item.light ?? 'none'}>
      <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
        {item.light ? (
          <>
            <span
              aria-hidden
              style={{ width: 14, height: 14, borderRadius: '50%', background: LIGHT_COLORS[item.light] }}
            />
            <LightTag light={item.light} />
          </>
        ) : (
          <span style={{ color: 'rgba(0,0,0,0.55)' }}>
            {t('item.noLight', { status: L(STATUS_LABELS, item.status) })}
          </span>
        )}
        <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
          {t('items.asOf', { date: fmtDate(item.asOf, lang, true) })}
        </span>
      </Flex>
      {item.lightReasons.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="light-reasons">
          {item.lightReasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {item.trajectory && (
        <div style={{ marginTop: 8 }} data-testid="item-trajectory" data-trajectory={item.trajectory}>
          {t('wf.trajectory')}：
          <Tag color={TRAJECTORY_COLORS[item.trajectory]}>{L(TRAJECTORY_LABELS, item.trajectory)}</Tag>
          <span style={{ color: 'rgba(0,0,0,0.55)' }}>
            {t('wf.trajectoryText', {
              planned: item.trajectoryPlanned ?? 0,
              actual: item.trajectoryActual ?? 0,
            })}
          </span>
        </div>
      )}
      {(item.nextReportDue || item.lastReportOn) && (
        <div style={{ marginTop: 4, color: 'rgba(0,0,0,0.55)', fontSize: 13 }}>
          {item.lastReportOn && `${t('wf.lastReport')} ${fmtDate(item.lastReportOn, lang)}`}
          {item.lastReportOn && item.nextReportDue && ' · '}
          {item.nextReportDue && `${t('wf.nextReportDue')} ${fmtDate(item.nextReportDue, lang)}`}
        </div>
      )}
    </div>
  );
}
