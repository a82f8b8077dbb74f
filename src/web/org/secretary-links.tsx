import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Popconfirm, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { apiGet, apiPost, isApiError } from '../api.ts';
import type { OrgChart, SecretaryLink } from '../api-types.ts';
import { DateField } from '../components/date-field.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { addDays, chineseDate } from '../format.ts';
import { EditModal } from './edit-modal.tsx';
import { personOptions } from './org-data.ts';
import { isoDay, personName, positionOptions, SEARCHABLE, titleOf } from './org-edit-data.ts';

/** Leader posts a secretary may enter decisions for: county leaders and principals. */
const LEADER_KINDS: ReadonlySet<string> = new Set(['county-head', 'acting-county-head', 'executive-deputy', 'deputy', 'party-member', 'principal']);

/** GET /api/org/secretary-links on the chart's date. */
export function useSecretaryLinks(on: string | undefined) {
  return useQuery({
    queryKey: ['org', 'secretary-links', on],
    queryFn: async () => (await apiGet<SecretaryLink[]>(`/api/org/secretary-links${on ? `?on=${on}` : ''}`)).data,
  });
}

interface LinkValues {
  secretaryPersonId: string;
  leaderPositionId: string;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
}

interface LinkBody {
  readonly secretaryPersonId: string;
  readonly leaderPositionId: string;
  readonly validFrom: string;
  readonly validTo?: string;
}

/** 设定代录 (POST /api/org/secretary-links): who may enter a leader's decisions, for a period. */
export function SecretaryLinkModal({ open, onClose, chart }: { open: boolean; onClose: () => void; chart: OrgChart }) {
  return (
    <EditModal<LinkValues, LinkBody>
      open={open}
      onClose={onClose}
      title="设定代录关系"
      okText="保存代录关系"
      url="/api/org/secretary-links"
      fields={['secretaryPersonId', 'leaderPositionId', 'validFrom', 'validTo']}
      initialValues={{ validFrom: dayjs(chart.date) }}
      toBody={(v) => ({
        secretaryPersonId: v.secretaryPersonId,
        leaderPositionId: v.leaderPositionId,
        validFrom: isoDay(v.validFrom),
        ...(v.validTo ? { validTo: isoDay(v.validTo) } : {}),
      })}
      done={(b) => `已设定：${personName(chart, b.secretaryPersonId)}可代录${titleOf(chart, b.leaderPositionId)}的决定，自${chineseDate(b.validFrom)}起`}
      testId="secretary-link-form"
    >
      <Typography.Paragraph type="secondary">
        代录是秘书按领导的决定代为录入，决定仍属领导本人，记为“某某 代录（领导的决定）”；不同于依AB角、委托的代为履职。可代录的事项：批准或不批准请假、办结待办。
      </Typography.Paragraph>
      <Form.Item label="代录人" name="secretaryPersonId" rules={[{ required: true, message: '请选择代录人' }]}>
        <Select {...SEARCHABLE} options={personOptions(chart)} />
      </Form.Item>
      <Form.Item label="领导岗位" name="leaderPositionId" rules={[{ required: true, message: '请选择领导岗位' }]} extra="县领导或部门、乡镇（街道）主要负责人的岗位；代录对当时任该岗位的领导有效。">
        <Select {...SEARCHABLE} options={positionOptions(chart, (p) => LEADER_KINDS.has(p.kind))} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item label="起始日" name="validFrom" rules={[{ required: true, message: '请选择起始日' }]}>
          <DateField />
        </Form.Item>
        <Form.Item label="截止日" name="validTo" extra="不填表示长期">
          <DateField />
        </Form.Item>
      </Flex>
    </EditModal>
  );
}

/** 代录关系 on the chart's date; with org:edit each running link can be ended (on the day before the chart's date, or that day). */
export function SecretaryLinks({ date, editable }: { date: string; editable: boolean }) {
  const links = useSecretaryLinks(date);
  const client = useQueryClient();
  const { message } = App.useApp();
  const end = useMutation({
    mutationFn: (l: SecretaryLink) => apiPost<SecretaryLink>(`/api/org/secretary-links/${encodeURIComponent(l.id)}/end`, { validTo: date }),
    onSuccess: () => void message.success(`代录关系至${chineseDate(date)}结束`),
    onError: (e) => void message.error(isApiError(e) ? e.message : '操作失败，请稍后重试'),
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: ['org'] }), client.invalidateQueries({ queryKey: ['entry-leaders'] })]),
  });
  const rows = links.data ?? [];
  return (
    <section aria-labelledby="secretary-links-title" data-testid="secretary-links">
      <Typography.Title level={3} id="secretary-links-title" style={{ marginTop: 0 }}>
        代录关系
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        秘书可代为录入领导的决定（批准或不批准请假、办结待办），记为“某某 代录（领导的决定）”，不同于代为履职（第五条）。
      </Typography.Paragraph>
      <Table<SecretaryLink>
        rowKey="id"
        size="small"
        loading={links.isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '暂无代录关系' }}
        columns={[
          { title: '代录人', dataIndex: 'secretaryName', width: 120 },
          { title: '领导岗位', dataIndex: 'leaderPositionTitle' },
          { title: '当日任职领导', key: 'leader', width: 140, render: (_: unknown, l) => l.leaderName ?? '（空缺）' },
          {
            title: '有效期',
            key: 'period',
            width: 240,
            render: (_: unknown, l) => `${chineseDate(l.validFrom)}起${l.validTo ? `至${chineseDate(l.validTo)}` : '，长期'}`,
          },
          { title: '当日', key: 'valid', width: 80, render: (_: unknown, l) => (l.valid ? <ToneTag tone="green">有效</ToneTag> : <ToneTag tone="default">无效</ToneTag>) },
          ...(editable
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 110,
                  render: (_: unknown, l: SecretaryLink) =>
                    l.valid && (l.validTo === null || l.validTo > date) ? (
                      <Popconfirm title={`${chineseDate(date)}后不再可代录？`} okText="结束" cancelText="取消" onConfirm={() => end.mutate(l)}>
                        <Button size="small">结束</Button>
                      </Popconfirm>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {rows.some((l) => !l.valid && l.validFrom > date) && (
        <Typography.Text type="secondary">自{chineseDate(addDays(date, 1))}以后生效的代录关系在生效当日显示为有效。</Typography.Text>
      )}
    </section>
  );
}
