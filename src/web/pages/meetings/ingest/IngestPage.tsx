import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Col, Flex, Input, Row, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { detailProse } from '../../../../core/field-labels.js';
import {
  type Card,
  canSplit,
  cardOf,
  draftsOf,
  mergeIntoPrevious,
  splitBySentence,
} from '../../../../core/ingest/cards.js';
import type { AnalysisOut, ConfirmOut, ExtractOut } from '../../../../core/schemas/meeting.js';
import { ApiError, api } from '../../../backend/client.js';
import { useLedgers } from '../../../backend/queries.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryView } from '../../../components/PageState.js';
import { useToast } from '../../../components/toast.js';
import { useT } from '../../../i18n/I18nProvider.js';
import { getLang } from '../../../i18n/lang-store.js';
import { useMeeting } from '../meetingQueries.js';
import { HighlightedText } from './Highlighted.js';
import { ProposalCard } from './ProposalCard.js';

/** The bytes of a file as base64, in chunks (a whole file through String.fromCharCode overflows the stack). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The error's message and its further details, each naming its field by label (core/field-labels.ts). */
const messageOf = (e: unknown) =>
  e instanceof ApiError
    ? [e.message, ...e.details.slice(1).map((d) => detailProse(d, getLang()))].join('；')
    : String(e);

/**
 * 读取会议纪要: paste or upload the minutes, see them cleaned beside the
 * original with each proposal's words marked, correct, merge, split or drop
 * the proposals, and create them as draft items of the meeting in one go.
 */
export function IngestPage() {
  const { id } = useParams();
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const meeting = useMeeting(id);
  const ledgers = useLedgers();
  const [text, setText] = useState('');
  const [original, setOriginal] = useState('');
  const [analysis, setAnalysis] = useState<AnalysisOut | null>(null);
  const [cards, setCards] = useState<Card[]>([]);
  const [active, setActive] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const run = useMutation({
    mutationFn: (body: { text: string; meetingDate: string }) =>
      api.post<AnalysisOut>('/api/meetings/analyze', body),
    onMutate: () => setError(null),
    onSuccess: (a) => {
      setAnalysis(a);
      setOriginal(text);
      setCards(a.proposals.map(cardOf));
      setActive(a.proposals[0]?.key ?? null);
    },
    onError: (e) => {
      setAnalysis(null);
      setCards([]);
      setError(messageOf(e));
    },
  });

  const upload = useMutation({
    mutationFn: async (file: File) =>
      api.post<ExtractOut>('/api/meetings/extract', {
        fileName: file.name,
        contentBase64: await base64Of(file),
      }),
    onMutate: () => setError(null),
    onSuccess: (out, file) => {
      setText(out.text);
      toast.success(t('ingest.fileRead', { name: file.name }));
    },
    onError: (e) => setError(messageOf(e)),
  });

  const confirm = useMutation({
    mutationFn: (body: unknown) => api.post<ConfirmOut>(`/api/meetings/${id}/confirm`, body),
    onSuccess: (out) => {
      toast.success(t('ingest.created', { n: out.created.length }));
      queryClient.invalidateQueries({ queryKey: ['meetings'] });
      queryClient.invalidateQueries({ queryKey: ['items'] });
      navigate(`/meetings/${id}`);
    },
    onError: (e) => setError(messageOf(e)),
  });

  const update = (key: string, change: Partial<Card>) =>
    setCards((cs) => cs.map((c) => (c.key === key ? { ...c, ...change } : c)));

  return (
    <QueryView query={meeting}>
      {(m) => {
        const included = cards.filter((c) => c.include);
        const activeCard = cards.find((c) => c.key === active);
        const submit = () => {
          const { drafts, missing } = draftsOf(cards, m.date);
          if (missing.length) {
            setError(missing.map((c) => t('ingest.missing', { no: c.marker })).join('；'));
            return;
          }
          confirm.mutate({ drafts, text: original });
        };
        return (
          <>
            <PageHeader
              back={`/meetings/${m.id}`}
              title={t('ingest.title')}
              subtitle={`${m.date} ${m.title}`}
              testId="page-title"
            />
            <Flex vertical gap={8} style={{ marginBottom: 16 }}>
              <Input.TextArea
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder={t('ingest.paste')}
                autoSize={{ minRows: analysis ? 3 : 10, maxRows: 16 }}
                data-testid="ingest-text"
              />
              <Flex gap={8} wrap>
                <Button
                  type="primary"
                  loading={run.isPending}
                  onClick={() => run.mutate({ text, meetingDate: m.date })}
                  data-testid="ingest-analyze"
                >
                  {analysis ? t('ingest.again') : t('ingest.analyze')}
                </Button>
                <Button
                  icon={<UploadOutlined />}
                  loading={upload.isPending}
                  onClick={() => fileInput.current?.click()}
                >
                  {t('ingest.upload')}
                </Button>
                <input
                  ref={fileInput}
                  type="file"
                  accept=".txt,.docx,.pdf,text/plain,application/pdf"
                  style={{ display: 'none' }}
                  data-testid="ingest-file"
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    if (file) upload.mutate(file);
                    e.target.value = '';
                  }}
                />
                {analysis && (
                  <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
                    {t('ingest.took', { ms: analysis.ms.toFixed(1) })}
                  </Typography.Text>
                )}
              </Flex>
            </Flex>
            {error && (
              <Alert
                type="error"
                showIcon
                message={error}
                style={{ marginBottom: 16 }}
                data-testid="ingest-error"
              />
            )}
            {analysis && (
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={12}>
                  <h3 style={{ fontSize: 15 }}>{t('ingest.original')}</h3>
                  <pre
                    data-testid="ingest-original"
                    style={{
                      whiteSpace: 'pre-wrap',
                      maxHeight: 360,
                      overflow: 'auto',
                      background: '#fafafa',
                      padding: 12,
                      fontSize: 13,
                      fontFamily: 'inherit',
                      margin: 0,
                    }}
                  >
                    {original}
                  </pre>
                </Col>
                <Col xs={24} lg={12}>
                  <h3 style={{ fontSize: 15 }}>{t('ingest.cleaned')}</h3>
                  <div style={{ maxHeight: 360, overflow: 'auto', padding: 12, border: '1px solid #f0f0f0' }}>
                    <HighlightedText analysis={analysis} active={activeCard?.sources ?? []} />
                  </div>
                </Col>
                <Col span={24}>
                  <h3 style={{ fontSize: 15 }}>{t('ingest.proposals', { n: cards.length })}</h3>
                  {cards.map((c, i) => (
                    <ProposalCard
                      key={c.key}
                      card={c}
                      ledgers={ledgers.data?.items ?? []}
                      active={c.key === active}
                      onActivate={() => setActive(c.key)}
                      onChange={(change) => update(c.key, change)}
                      onMerge={i > 0 ? () => setCards((cs) => mergeIntoPrevious(cs, i)) : undefined}
                      onSplit={canSplit(c) ? () => setCards((cs) => splitBySentence(cs, i)) : undefined}
                    />
                  ))}
                  <Button
                    type="primary"
                    size="large"
                    disabled={!included.length}
                    loading={confirm.isPending}
                    onClick={submit}
                    data-testid="ingest-confirm"
                  >
                    {t('ingest.confirm', { n: included.length })}
                  </Button>
                </Col>
              </Row>
            )}
          </>
        );
      }}
    </QueryView>
  );
}
