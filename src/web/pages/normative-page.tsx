import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Modal, Select, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { Citation } from '../components/citation.tsx';
import { useOpenParam } from '../open-param.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { downloadCsv } from '../csv.ts';
import { chineseDate } from '../format.ts';
import { FILING_TONES, useDepartmentReport, useFilingRegister, useNormativeList, type DepartmentRow, type FilingView, type NormativeItem } from '../normative/normative-data.ts';
import { DepartmentFilingForm, InitiateForm, NormativeDrawer, NormativeTabs, ReviewForm } from '../normative/normative-views.tsx';

const FILING_ITEM_OPTIONS = [
  { value: 'report', label: '备案报告' }, { value: 'text', label: '规范性文件正式文本' }, { value: 'explanation', label: '制定说明（起草说明）' },
  { value: 'basis', label: '制定依据' }, { value: 'publication', label: '公布情况（公告或刊登的公报、网站）' },
];

/** 规范性文件 (arts. 18–21): every document with its status and next required step; the lifecycle in the drawer. */
export function NormativePage() {
  const list = useNormativeList();
  const [open, setOpen] = useOpenParam();
  const [initiating, setInitiating] = useState(false);
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>规范性文件</Typography.Title>
        {list.data?.canInitiate && <Button type="primary" icon={<PlusOutlined />} onClick={() => setInitiating(true)}>立项</Button>}
      </Flex>
      <NormativeTabs />
      <Typography.Paragraph style={{ margin: 0 }} className="yz-inline-links">
        规范性文件由县政府指定部门起草，经评估论证、公开征求意见、公平竞争审查（涉及市场主体的）、县司法局合法性审查和县政府办公室完备性审核后，方可提请县政府常务会议或全体会议讨论决定；经县长签发、统一编号、公开发布后方可作为管理依据，并依法报县人大常委会和市政府备案。依据：
        <Citation id="yunyang-2025:18" />、<Citation id="yunyang-2025:19" />、<Citation id="yunyang-2025:20" />、<Citation id="yunyang-2025:21" />。
      </Typography.Paragraph>
      {list.isError && <ErrorAlert error={list.error} title="无法读取规范性文件" />}
      <Table<NormativeItem>
        size="small"
        rowKey="id"
        loading={list.isPending}
        dataSource={[...(list.data?.items ?? [])]}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description="暂无规范性文件" /> }}
        data-testid="normative-table"
        columns={[
          { title: '文件名称', key: 'title', render: (_: unknown, d) => <Button type="link" size="small" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => setOpen(d.id)}>{d.title}</Button> },
          { title: '发文字号', key: 'no', width: 170, render: (_: unknown, d) => d.docNumber ?? '—' },
          { title: '起草部门', key: 'lead', width: 150, render: (_: unknown, d) => d.leadBodyName },
          { title: '状态', key: 'status', width: 170, render: (_: unknown, d) => <Flex gap={4} wrap><ToneTag tone={d.publicStatusLabel === '现行有效' ? 'green' : 'blue'}>{d.statusLabel}</ToneTag></Flex> },
          { title: '下一步', key: 'next', width: 200, render: (_: unknown, d) => d.nextStepLabel ?? '—' },
        ]}
      />
      <NormativeDrawer id={open} onClose={() => setOpen(null)} />
      <Modal open={initiating} title="规范性文件立项" footer={null} width={680} onCancel={() => setInitiating(false)} destroyOnHidden>
        {list.data && <InitiateForm list={list.data} onDone={() => setInitiating(false)} />}
      </Modal>
    </Flex>
  );
}

const FILING_CSV = [
  { header: '文件名称', value: (r: FilingView) => r.title ?? '' }, { header: '发文字号', value: (r: FilingView) => r.docNumber ?? '' },
  { header: '备案机关', value: (r: FilingView) => r.authorityLabel }, { header: '公布日期', value: (r: FilingView) => r.publishedDate ?? '' },
  { header: '报送期限', value: (r: FilingView) => r.dueDate }, { header: '报送日期', value: (r: FilingView) => r.filedDate ?? '' },
  { header: '状态', value: (r: FilingView) => r.stateLabel }, { header: '逾期天数', value: (r: FilingView) => String(r.state === 'overdue' ? r.daysOverdue : (r.lateDays ?? 0)) },
];

/** 备案登记 (arts. 18, 34): filings due, overdue (also escalated as overdue 待办) and made, late ones flagged. */
export function FilingRegisterPage() {
  const q = useFilingRegister();
  const [open, setOpen] = useState<string | null>(null);
  const rows = q.data?.rows ?? [];
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>规范性文件备案登记</Typography.Title>
      <NormativeTabs />
      <Typography.Paragraph style={{ margin: 0 }} className="yz-inline-links">
        县政府规范性文件自公布之日起依法报县人大常委会和市政府备案审查；逾期未报的同时列入逾期事项督办。依据：<Citation id="yunyang-2025:18" />、<Citation id="yunyang-2025:34" />、<Citation id="cq-filing-review-2022:14" />。
      </Typography.Paragraph>
      {q.data && (
        <Flex gap={32} wrap>
          <Statistic title="待报送" value={q.data.counts.due} />
          <Statistic title="逾期未报" value={q.data.counts.overdue} />
          <Statistic title="已按期报送" value={q.data.counts.filed} />
          <Statistic title="逾期报送" value={q.data.counts.filedLate} />
        </Flex>
      )}
      <Flex justify="end"><Button onClick={() => downloadCsv('规范性文件备案登记', rows, FILING_CSV)} disabled={rows.length === 0}>导出 CSV</Button></Flex>
      {q.isError && <ErrorAlert error={q.error} title="无法读取备案登记" />}
      <Table<FilingView>
        size="small"
        rowKey="id"
        loading={q.isPending}
        dataSource={[...rows]}
        pagination={{ pageSize: 30, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description="暂无备案事项" /> }}
        data-testid="filing-table"
        columns={[
          { title: '文件', key: 'title', render: (_: unknown, r) => <Button type="link" size="small" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => setOpen(r.documentId)}>{r.docNumber ? `${r.docNumber} ` : ''}《{r.title}》</Button> },
          { title: '备案机关', key: 'a', width: 130, render: (_: unknown, r) => r.authorityLabel },
          { title: '报送期限', key: 'due', width: 140, render: (_: unknown, r) => <span title={r.dueSummary}>{chineseDate(r.dueDate)}</span> },
          { title: '报送日期', key: 'filed', width: 140, render: (_: unknown, r) => (r.filedDate ? chineseDate(r.filedDate) : '—') },
          { title: '状态', key: 'state', width: 170, render: (_: unknown, r) => <ToneTag tone={FILING_TONES[r.state]}>{r.stateLabel}{r.state === 'overdue' ? ` ${r.daysOverdue}日` : (r.lateDays ?? 0) > 0 ? ` ${r.lateDays}日` : ''}</ToneTag> },
        ]}
      />
      <NormativeDrawer id={open} onClose={() => setOpen(null)} />
    </Flex>
  );
}

const REPORT_CSV = [
  { header: '制定部门', value: (r: DepartmentRow) => r.bodyName }, { header: '文件名称', value: (r: DepartmentRow) => r.title }, { header: '发文字号', value: (r: DepartmentRow) => r.docNumber },
  { header: '公布日期', value: (r: DepartmentRow) => r.publishedDate }, { header: '报送期限', value: (r: DepartmentRow) => r.dueDate }, { header: '报送日期', value: (r: DepartmentRow) => r.filedDate },
  { header: '逾期天数', value: (r: DepartmentRow) => String(r.lateDays) }, { header: '审查结论', value: (r: DepartmentRow) => r.reviewLabel }, { header: '审查意见', value: (r: DepartmentRow) => r.reviewOpinion ?? '' },
];

/** 部门规范性文件备案审查年度报告 (art. 19): the 县司法局's report to the county government, screen and CSV. */
export function DepartmentReportPage() {
  const [year, setYear] = useState(() => new Date().getFullYear());
  const q = useDepartmentReport(year);
  const [filing, setFiling] = useState(false);
  const [reviewing, setReviewing] = useState<string | null>(null);
  const d = q.data;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>部门规范性文件备案审查年度报告</Typography.Title>
        {d?.canFile && <Button type="primary" icon={<PlusOutlined />} onClick={() => setFiling(true)}>报县政府备案</Button>}
      </Flex>
      <NormativeTabs />
      <Typography.Paragraph style={{ margin: 0 }} className="yz-inline-links">
        县政府工作部门制定的行政规范性文件依法报县政府备案，由县司法局负责备案审查并每年向县政府报告。依据：<Citation id="yunyang-2025:19" />。报送期限为公布之日起{d?.days ?? 30}日（渝府令第329号的规定原文未找到，为可调整的参数）。
      </Typography.Paragraph>
      <Flex gap={8} align="center">
        <label htmlFor="report-year">年度</label>
        <Select id="report-year" aria-label="年度" style={{ width: 120 }} value={year} onChange={setYear} options={[0, 1, 2].map((k) => ({ value: new Date().getFullYear() - k, label: `${new Date().getFullYear() - k}年` })).concat(year < new Date().getFullYear() - 2 ? [{ value: year, label: `${year}年` }] : [])} />
        <Button onClick={() => d && downloadCsv(`${year}年部门规范性文件备案审查报告`, d.rows, REPORT_CSV)} disabled={!d || d.rows.length === 0}>导出 CSV</Button>
      </Flex>
      {q.isError && <ErrorAlert error={q.error} title="无法读取年度报告" />}
      {d && (
        <section aria-label="汇总" data-testid="report-summary">
          <Typography.Paragraph>
            {d.year}年，{d.reporter}收到部门规范性文件备案{d.total.filed}件，其中按期报送{d.total.onTime}件、逾期报送{d.total.late}件；已审查{d.total.reviewed}件（通知纠正{d.total.correction}件），待审查{d.total.pending}件。
          </Typography.Paragraph>
          <Table size="small" rowKey="bodyId" pagination={false} dataSource={[...d.byBody]} aria-label="各部门汇总" columns={[
            { title: '制定部门', dataIndex: 'bodyName' }, { title: '报备', dataIndex: 'filed', width: 80 }, { title: '按期', dataIndex: 'onTime', width: 80 },
            { title: '逾期', dataIndex: 'late', width: 80 }, { title: '已审查', dataIndex: 'reviewed', width: 80 }, { title: '通知纠正', dataIndex: 'correction', width: 90 },
          ]} />
        </section>
      )}
      <Table<DepartmentRow>
        size="small"
        rowKey="id"
        loading={q.isPending}
        dataSource={[...(d?.rows ?? [])]}
        pagination={{ pageSize: 30, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description="本年度暂无部门报备的规范性文件" /> }}
        data-testid="department-table"
        columns={[
          { title: '制定部门', key: 'b', width: 140, render: (_: unknown, r) => r.bodyName },
          { title: '文件', key: 't', render: (_: unknown, r) => `${r.docNumber}《${r.title}》` },
          { title: '报送', key: 'f', width: 170, render: (_: unknown, r) => <Flex gap={4} wrap>{chineseDate(r.filedDate)}{r.late && <ToneTag tone="orange">逾期{r.lateDays}日</ToneTag>}</Flex> },
          { title: '审查', key: 'r', width: 220, render: (_: unknown, r) => (r.reviewOutcome ? `${r.reviewLabel}：${r.reviewOpinion ?? ''}` : d?.canReview ? <Button size="small" onClick={() => setReviewing(r.id)}>审查</Button> : '待审查') },
        ]}
      />
      <Modal open={filing} title="部门规范性文件报县政府备案" footer={null} width={640} onCancel={() => setFiling(false)} destroyOnHidden>
        <DepartmentFilingForm items={FILING_ITEM_OPTIONS} onDone={() => setFiling(false)} />
      </Modal>
      <Modal open={reviewing !== null} title="备案审查" footer={null} width={560} onCancel={() => setReviewing(null)} destroyOnHidden>
        {reviewing && <ReviewForm id={reviewing} onDone={() => setReviewing(null)} />}
      </Modal>
    </Flex>
  );
}
