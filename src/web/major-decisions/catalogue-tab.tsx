import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Empty, Flex, Modal, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { apiPost } from '../api.ts';
import type { Verdict } from '../api-types.ts';
import { Citation } from '../components/citation.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { Verdicts } from '../components/verdicts.tsx';
import { beijingMinute, chineseDate } from '../format.ts';
import { useOrgChart } from '../org/org-data.ts';
import { bodyOptions } from '../org/org-edit-data.ts';
import {
  CATEGORY_OPTIONS, EDITION_TONES, MATTER_OPTIONS, STANDING_TONES, STATUS_TONES, invalidateDecisions, useCatalogue, type CatalogueItemView, type EditionView,
} from './decision-data.ts';
import { StepForm } from './step-form.tsx';

type Dialog =
  | { kind: 'add' }
  | { kind: 'adjust' }
  | { kind: 'consent'; edition: EditionView }
  | { kind: 'withdraw'; item: CatalogueItemView }
  | { kind: 'open'; item: CatalogueItemView };

const QUARTERS = ['', '第一季度', '第二季度', '第三季度', '第四季度'];

/**
 * 决策事项目录 (art. 23; 条例第三条): a year's catalogue — its editions (the first list and each
 * adjustment, with the party committee's consent and publication) and its matters, each classified
 * under art. 24, with its dossier or the button that opens one.
 */
export function CatalogueTab() {
  const [year, setYear] = useState<number | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [outcome, setOutcome] = useState<{ title: string; verdicts: readonly Verdict[] } | null>(null);
  const q = useCatalogue(year);
  const chart = useOrgChart().data;
  const bodies = bodyOptions(chart);
  const client = useQueryClient();
  const navigate = useNavigate();
  const data = q.data;
  const latest = data?.editions.at(-1);
  const create = useMutation({
    mutationFn: (y: number) => apiPost('/api/decision-catalogues', { year: y }),
    onSettled: () => invalidateDecisions(client),
  });
  const publish = useMutation({
    mutationFn: (e: EditionView) => apiPost(`/api/decision-catalogue-editions/${e.id}/publish`, {}),
    onSuccess: (r) => setOutcome({ title: '已向社会公布，门户网站“重大行政决策”栏目可见', verdicts: r.verdicts }),
    onSettled: () => invalidateDecisions(client),
  });
  const done = (title: string) => (_: unknown, verdicts: readonly Verdict[]) => {
    setDialog(null);
    setOutcome({ title, verdicts });
  };

  return (
    <Flex vertical gap={16} data-testid="catalogue">
      <Typography.Paragraph style={{ margin: 0 }} className="yz-inline-links">
        实行重大行政决策目录化管理（<Citation id="yunyang-2025:23" />）：决策事项目录经县委同意后向社会公布，并根据实际情况调整（<Citation id="major-decision-2019:3" label="《重大行政决策程序暂行条例》第三条" />）；目录事项须经县政府常务会议或全体会议讨论决定（<Citation id="yunyang-2025:24" />）。
      </Typography.Paragraph>
      <Flex gap={8} align="center" wrap>
        <Select aria-label="年度" style={{ width: 160 }} value={data?.year} onChange={(y: number) => setYear(y)} options={(data?.years ?? []).map((y) => ({ value: y, label: `${y}年度` }))} />
        {data?.canCreate && (
          <Button type="primary" icon={<PlusOutlined />} loading={create.isPending} onClick={() => create.mutate(data.year)}>
            建立{data.year}年度目录
          </Button>
        )}
        {latest?.abilities.addItem && <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })}>列入事项</Button>}
        {latest?.abilities.adjust && <Button onClick={() => setDialog({ kind: 'adjust' })}>调整目录</Button>}
      </Flex>
      <ErrorAlert error={create.error ?? publish.error} />
      {q.isError && <ErrorAlert error={q.error} title="无法读取决策事项目录" />}
      {outcome && (
        <Flex vertical gap={8} data-testid="catalogue-outcome">
          <Alert type="success" showIcon title={outcome.title} closable={{ onClose: () => setOutcome(null) }} />
          <Verdicts verdicts={outcome.verdicts.filter((v) => v.rule !== 'pack.in-force')} />
        </Flex>
      )}
      {data && !data.catalogue && <Empty description={`${data.year}年度尚未建立决策事项目录`} />}
      {data?.editions.map((e) => (
        <Card key={e.id} size="small" title={<Flex gap={8} align="center" wrap><span>{e.label}</span><ToneTag tone={EDITION_TONES[e.status]}>{e.statusLabel}</ToneTag></Flex>} data-testid={`edition-${e.number}`}
          extra={<Flex gap={8}>
            {e.abilities.consent && <Button size="small" onClick={() => setDialog({ kind: 'consent', edition: e })}>记录县委同意</Button>}
            {e.abilities.publish && <Button size="small" type="primary" loading={publish.isPending} onClick={() => publish.mutate(e)}>向社会公布</Button>}
          </Flex>}
        >
          <Descriptions size="small" column={1} items={[
            ...(e.reason ? [{ key: 'reason', label: '调整理由', children: e.reason }] : []),
            { key: 'changes', label: e.number === 1 ? '列入事项' : '调整内容', children: [...e.changes.added.map((t) => `列入：${t}`), ...e.changes.withdrawn.map((t) => `调出：${t}`)].join('；') || '（尚无）' },
            { key: 'consent', label: '县委同意', children: e.consentDate ? `${chineseDate(e.consentDate)}，${e.consentDocument ?? ''}` : '尚未记录' },
            { key: 'publish', label: '向社会公布', children: e.publishedAt ? beijingMinute(e.publishedAt) : e.publishDueDate ? `应于${chineseDate(e.publishDueDate)}前公布` : '经县委同意后公布' },
          ]} />
        </Card>
      ))}
      {data?.catalogue && (
        <Table<CatalogueItemView>
          size="small"
          rowKey="id"
          dataSource={[...data.items]}
          pagination={false}
          data-testid="catalogue-items"
          locale={{ emptyText: <Empty description="目录尚无事项" /> }}
          columns={[
            { title: '序号', dataIndex: 'seq', width: 60 },
            { title: '决策事项', key: 'title', render: (_: unknown, i) => <Flex vertical><Typography.Text strong>{i.title}</Typography.Text><Typography.Text type="secondary">{i.summary}</Typography.Text></Flex> },
            { title: '须经会议决定的事项（第二十四条）', dataIndex: 'matterKindLabel', width: 190 },
            { title: '承办单位', key: 'lead', width: 140, render: (_: unknown, i) => [i.leadBodyName, ...i.coBodyNames].join('、') },
            { title: '计划', key: 'q', width: 90, render: (_: unknown, i) => (i.plannedQuarter ? QUARTERS[i.plannedQuarter] : '—') },
            { title: '目录状态', key: 'standing', width: 150, render: (_: unknown, i) => <ToneTag tone={STANDING_TONES[i.standing]} title={i.withdrawReason ?? undefined}>{i.standingLabel}</ToneTag> },
            {
              title: '决策卷宗', key: 'dossier', width: 220,
              render: (_: unknown, i) => (
                <Flex vertical gap={4} align="start">
                  {i.dossiers.map((d) => <Link key={d.id} to={`/major-decisions/${d.id}`}>{d.round > 0 ? `重大调整（第${d.round}次）：` : ''}<ToneTag tone={STATUS_TONES[d.status] ?? 'default'}>{d.statusLabel}</ToneTag></Link>)}
                  {i.abilities.open && <Button size="small" onClick={() => setDialog({ kind: 'open', item: i })}>启动决策程序</Button>}
                  {i.abilities.withdraw && <Button size="small" danger onClick={() => setDialog({ kind: 'withdraw', item: i })}>调出目录</Button>}
                </Flex>
              ),
            },
          ]}
        />
      )}
      <Modal open={dialog !== null} footer={null} width={720} destroyOnHidden onCancel={() => setDialog(null)}
        title={dialog?.kind === 'add' ? `列入${latest?.label ?? ''}` : dialog?.kind === 'adjust' ? '调整决策事项目录' : dialog?.kind === 'consent' ? `记录县委同意：${dialog.edition.label}` : dialog?.kind === 'withdraw' ? `调出目录：${dialog.item.title}` : dialog?.kind === 'open' ? `启动决策程序：${dialog.item.title}` : ''}>
        {dialog?.kind === 'add' && data?.catalogue && (
          <StepForm name="catalogue-item" url={`/api/decision-catalogues/${data.catalogue.id}/items`} submitLabel="列入目录" onDone={done('已列入目录，经县委同意后生效')} fields={[
            { name: 'title', label: '决策事项名称', kind: 'text', required: true },
            { name: 'summary', label: '主要内容', kind: 'textarea', required: true },
            { name: 'category', label: '事项类别（条例第三条）', kind: 'select', options: CATEGORY_OPTIONS, required: true },
            { name: 'matterKind', label: '须经会议讨论决定的事项类别（第二十四条）', kind: 'select', options: MATTER_OPTIONS, required: true },
            { name: 'leadBodyId', label: '决策承办单位', kind: 'select', options: bodies, required: true },
            { name: 'coBodyIds', label: '协办单位', kind: 'multiselect', options: bodies, initial: [] },
            { name: 'plannedQuarter', label: '计划提请审议的季度', kind: 'radio', options: [1, 2, 3, 4].map((n) => ({ value: n, label: QUARTERS[n] ?? '' })) },
          ]} />
        )}
        {dialog?.kind === 'adjust' && data?.catalogue && (
          <StepForm name="catalogue-adjust" url={`/api/decision-catalogues/${data.catalogue.id}/adjustments`} submitLabel="提出调整" onDone={done('已提出目录调整：列入或调出事项后报县委同意')}
            intro="调整决策事项目录须说明理由，经县委同意后生效并向社会公布（条例第三条）。" fields={[{ name: 'reason', label: '调整理由', kind: 'textarea', required: true }]} />
        )}
        {dialog?.kind === 'consent' && (
          <StepForm name="catalogue-consent" url={`/api/decision-catalogue-editions/${dialog.edition.id}/consent`} submitLabel="记录县委同意" onDone={done('已记录县委同意；县政府办公室应及时向社会公布')} fields={[
            { name: 'date', label: '县委同意日期', kind: 'date', required: true },
            { name: 'document', label: '县委同意的文件或会议纪要', kind: 'text', required: true, extra: '如：中共云阳县委办公室关于同意……的函（云阳委办函〔2025〕31号）' },
          ]} />
        )}
        {dialog?.kind === 'withdraw' && (
          <StepForm name="catalogue-withdraw" url={`/api/decision-catalogue-items/${dialog.item.id}/withdraw`} submitLabel="调出目录" onDone={done('已提出调出，经县委同意后生效')} fields={[{ name: 'reason', label: '调出理由', kind: 'textarea', required: true }]} />
        )}
        {dialog?.kind === 'open' && (
          <StepForm name="open-dossier" url="/api/major-decisions" submitLabel="立卷" fixed={{ itemId: dialog.item.id }}
            onDone={(d) => { setDialog(null); void navigate(`/major-decisions/${(d as { id: string }).id}`); }}
            intro="决策承办单位拟订决策草案，并依次履行公众参与、专家论证、风险评估、征求有关部门和乡镇（街道）意见、公平竞争审查和合法性审查程序。" fields={[
              { name: 'title', label: '决策草案名称', kind: 'text', required: true, initial: dialog.item.title },
              { name: 'draftText', label: '决策草案', kind: 'textarea', rows: 5, required: true },
              { name: 'explanation', label: '起草说明（必要性、可行性、科学性等）', kind: 'textarea', rows: 4, required: true },
              { name: 'affectsMarket', label: '涉及市场准入、产业发展、招商引资、招标投标、政府采购等市场主体经济活动（须公平竞争审查）', kind: 'checkbox' },
              { name: 'concernedBodyIds', label: '涉及的其他部门和乡镇（街道）', kind: 'multiselect', options: bodies.filter((b) => b.value !== dialog.item.leadBodyId), initial: [] },
            ]} />
        )}
      </Modal>
    </Flex>
  );
}
