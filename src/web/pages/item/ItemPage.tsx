import { DeleteOutlined, EditOutlined, FileWordOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Flex, Popconfirm, Row, Tag } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PRIORITY_LABELS } from '../../../core/labels.js';
import { canEnter } from '../../auth/roles.js';
import { api } from '../../backend/client.js';
import { useItem, useMe } from '../../backend/queries.js';
import type { ItemOut } from '../../backend/types.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorState, Loading } from '../../components/PageState.js';
import { LightTag, StatusTag } from '../../components/tags.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useLabel } from '../../i18n/labels.js';
import { AcknowledgeButton } from './AcknowledgeButton.js';
import { ItemActions } from './ItemActions.js';
import { ITEM_SECTIONS, type ItemSection } from './sections/index.js';
import { WorkflowActions } from './WorkflowActions.js';

/** /items/:id — one item: its task book, chain of responsibility, roadmap, light and the actions open to the user. */
export function ItemPage() {
  const { id } = useParams();
  const query = useItem(id);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return <ItemView item={query.data} />;
}

function ItemView({ item }: { item: ItemOut }) {
  const t = useT();
  const L = useLabel();
  const me = useMe().data;
  const canEdit = !!me && canEnter(me.roles, 'editItems');
  const section = (s: ItemSection) => (
    <Card
      key={s.key}
      size="small"
      title={t(s.title)}
      data-testid={`section-${s.key}`}
      style={{ marginBottom: 16 }}
    >
      <s.Component item={item} />
    </Card>
  );

  return (
    <div data-testid="item-page" data-item-id={item.id} data-status={item.status}>
      <PageHeader
        back="/items"
        testId="item-title"
        title={item.title}
        subtitle={
          <Flex wrap gap={6} align="center">
            <span data-testid="item-code">{item.code}</span>
            <span>·</span>
            <Link to={`/ledgers/${item.ledgerId}`}>{item.ledgerName}</Link>
            <StatusTag status={item.status} />
            <LightTag light={item.light} reasons={item.lightReasons} />
            {item.priority === 'high' && <Tag color="volcano">{L(PRIORITY_LABELS, 'high')}</Tag>}
          </Flex>
        }
        extra={
          <>
            <a href={`/api/items/${item.id}/summary.docx`} download data-testid="summary-docx">
              <Button icon={<FileWordOutlined />}>{t('sheets.summary')}</Button>
            </a>
            {canEdit && (
              <>
                {item.status !== 'cancelled' && (
                  <Link to={`/items/${item.id}/edit`}>
                    <Button icon={<EditOutlined />} data-testid="edit-item">
                      {t('common.edit')}
                    </Button>
                  </Link>
                )}
                {item.status === 'draft' && <DeleteDraft item={item} />}
              </>
            )}
          </>
        }
      />
      <Card size="small" title={t('item.actions')} style={{ marginBottom: 16 }} data-testid="section-actions">
        <Flex vertical gap={8}>
          <AcknowledgeButton item={item} />
          <ItemActions item={item} />
          <WorkflowActions item={item} />
        </Flex>
      </Card>
      <Row gutter={16}>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 16, order: 1 }}>
          {ITEM_SECTIONS.filter((s) => s.column === 'main').map(section)}
        </Col>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 8, order: 2 }}>
          {ITEM_SECTIONS.filter((s) => s.column === 'side').map(section)}
        </Col>
      </Row>
    </div>
  );
}

function DeleteDraft({ item }: { item: ItemOut }) {
  const t = useT();
  const message = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.delete(`/api/items/${item.id}`),
    onSuccess: () => {
      message.success(t('trust.archivedDone'));
      queryClient.removeQueries({ queryKey: ['items', 'one', item.id] });
      void queryClient.invalidateQueries({ queryKey: ['items'] });
      void queryClient.invalidateQueries({ queryKey: ['stats'] });
      navigate(`/ledgers/${item.ledgerId}`, { replace: true });
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <Popconfirm
      title={t('trust.archiveConfirm')}
      okText={t('trust.archive')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: remove.isPending }}
      onConfirm={() => remove.mutateAsync()}
    >
      <Button danger icon={<DeleteOutlined />} data-testid="delete-item">
        {t('trust.archiveDraft')}
      </Button>
    </Popconfirm>
  );
}
