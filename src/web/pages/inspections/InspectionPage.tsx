import { EyeInvisibleOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { INSPECTION_METHOD_LABELS, INSPECTION_VERDICT_LABELS } from '../../../core/inspection.js';
import type { FindingOut } from '../../../core/schemas/inspection.js';
import { canEnter } from '../../auth/roles.js';
import { api } from '../../backend/client.js';
import { useMe } from '../../backend/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { errorText, QueryView } from '../../components/PageState.js';
import { useToast } from '../../components/toast.js';
import { fmtInstant } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { EvidencePanel } from './EvidencePanel.js';
import { FindingNoticeModal } from './FindingNoticeModal.js';
import { useInspection } from './inspectionQueries.js';
import { RectifyModal } from './RectifyModal.js';

/** One inspection: what was seen, findings (each can become a rectification item), photos; disclosure of an unannounced one. */
export function InspectionPage() {
  const { id } = useParams();
  const { t, lang } = useI18n();
  const L = useLabel();
  const toast = useToast();
  const client = useQueryClient();
  const me = useMe().data;
  const canEdit = !!me && canEnter(me.roles, 'inspect');
  const query = useInspection(id);
  const [rectifying, setRectifying] = useState<FindingOut | null>(null);
  const [noticing, setNoticing] = useState<FindingOut | null>(null);

  return (
    <QueryView query={query}>
      {(i) => (
        <>
          <PageHeader
            back="/inspections"
            testId="page-title"
            title={`${i.inspectedOn} ${L(INSPECTION_METHOD_LABELS, i.method)} · ${i.unitName}`}
            extra={
              canEdit &&
              i.hidden && (
                <Popconfirm
                  title={t('ins.discloseConfirm')}
                  onConfirm={async () => {
                    try {
                      await api.post(`/api/inspections/${i.id}/disclose`, { version: i.version });
                      toast.success(t('ins.disclosed'));
                      void client.invalidateQueries({ queryKey: ['fieldwork'] });
                    } catch (e) {
                      toast.error(errorText(e));
                    }
                  }}
                >
                  <Button size="large" data-testid="disclose">
                    {t('ins.disclose')}
                  </Button>
                </Popconfirm>
              )
            }
          />
          {i.hidden && (
            <Alert
              type="warning"
              showIcon
              icon={<EyeInvisibleOutlined />}
              title={t('ins.hiddenHint')}
              style={{ marginBottom: 16 }}
            />
          )}
          <Flex vertical gap={16}>
            <Card>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'm', label: t('ins.method'), children: L(INSPECTION_METHOD_LABELS, i.method) },
                  {
                    key: 'v',
                    label: t('ins.verdict'),
                    children: <Tag>{L(INSPECTION_VERDICT_LABELS, i.verdict)}</Tag>,
                  },
                  { key: 'u', label: t('ins.unit'), children: i.unitName },
                  { key: 'p', label: t('ins.place'), children: i.place ?? t('common.none') },
                  {
                    key: 'i',
                    label: t('ins.inspectors'),
                    children: i.inspectors.map((p) => p.displayName).join('、'),
                  },
                  {
                    key: 'items',
                    label: t('ins.items'),
                    children: i.items.length ? (
                      <Flex vertical gap={4}>
                        {i.items.map((x) => (
                          <Link key={x.id} to={`/items/${x.id}`}>
                            {x.code} {x.title}
                          </Link>
                        ))}
                      </Flex>
                    ) : (
                      t('common.none')
                    ),
                  },
                  ...(i.disclosedAt
                    ? [{ key: 'd', label: t('ins.disclosedAt'), children: fmtInstant(i.disclosedAt, lang) }]
                    : []),
                  { key: 's', label: t('ins.summary'), span: 'filled' as const, children: i.summary },
                ]}
              />
            </Card>
            <Card title={t('ins.findings')}>
              {i.findings.length === 0 && t('common.none')}
              <Flex vertical gap={8}>
                {i.findings.map((f) => (
                  <Flex key={f.id} wrap gap={8} align="center" justify="space-between" data-testid="finding">
                    <span style={{ flex: '1 1 240px' }}>
                      {f.text}
                      {f.itemCode && <Tag style={{ marginInlineStart: 8 }}>{f.itemCode}</Tag>}
                    </span>
                    <Flex wrap gap={8}>
                      {f.rectificationItemId ? (
                        <Link to={`/items/${f.rectificationItemId}`} data-testid="rectification-link">
                          {t('ins.rectified', { code: f.rectificationItemCode ?? '' })}
                        </Link>
                      ) : (
                        canEdit && (
                          <Button onClick={() => setRectifying(f)} data-testid="rectify">
                            {t('ins.rectify')}
                          </Button>
                        )
                      )}
                      {f.noticeId ? (
                        <Link to={`/notices/${f.noticeId}`} data-testid="finding-notice-link">
                          {t('ins.noticed', { number: f.noticeNumber ?? '' })}
                        </Link>
                      ) : (
                        canEdit &&
                        f.itemId && (
                          <Button onClick={() => setNoticing(f)} data-testid="finding-notice">
                            {t('ins.toNotice')}
                          </Button>
                        )
                      )}
                    </Flex>
                  </Flex>
                ))}
              </Flex>
            </Card>
            <Card title={t('ins.photos')}>
              <EvidencePanel kind="inspection" ownerId={i.id} canEdit={canEdit} />
            </Card>
          </Flex>
          {canEdit && (
            <RectifyModal
              unitId={i.unitId}
              hidden={i.hidden}
              target={rectifying && { text: rectifying.text, url: `/api/findings/${rectifying.id}/rectify` }}
              onClose={() => setRectifying(null)}
            />
          )}
          {canEdit && (
            <FindingNoticeModal finding={noticing} hidden={i.hidden} onClose={() => setNoticing(null)} />
          )}
        </>
      )}
    </QueryView>
  );
}
