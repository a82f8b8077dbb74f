import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router-dom';
import { apiGet, apiPost } from '../api.ts';
import type { EmergencyRecord, TaskView } from '../api-types.ts';
import { Citation } from '../components/citation.tsx';
import { DateTimePicker } from '../components/date-time-picker.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { applyFieldErrors } from '../form-errors.ts';
import { beijingIso, beijingMinute, chineseDate, chineseWeekday } from '../format.ts';
import { remainingText } from '../workbench/due-cell.tsx';
import { EMERGENCIES_KEY, EmergencyList } from '../emergency/emergency-list.tsx';
import { can, type Session } from '../session.ts';

interface EmergencyValues {
  title?: string;
  description?: string;
  handledAt?: Dayjs | null;
}

/** The 待办 created to report the emergency to the 县长, with its due date. */
function ReportTask({ record }: { record: EmergencyRecord }) {
  const task = useQuery({
    queryKey: ['tasks', 'one', record.reportTaskId],
    queryFn: async () => (await apiGet<TaskView>(`/api/tasks/${encodeURIComponent(record.reportTaskId ?? '')}`)).data,
    enabled: record.reportTaskId !== null,
  });
  const due = task.data?.due;
  return (
    <Alert
      type="success"
      showIcon
      data-testid="emergency-result"
      title={`已记录紧急事项“${record.title}”（处置时间 ${beijingMinute(record.handledAt)}）`}
      description={
        <Flex vertical gap={4}>
          {task.data ? (
            <span>
              已生成待办“{task.data.title}”
              {due ? `，办理期限 ${chineseDate(due.dueDate)}（${chineseWeekday(due.dueDate)}）${remainingText(task.data) ? `，${remainingText(task.data)}` : ''}` : ''}。
            </span>
          ) : (
            <span>{record.reportTaskId ? '正在读取向县长报告的待办…' : '未生成向县长报告的待办。'}</span>
          )}
          {task.isError && <ErrorAlert error={task.error} title="无法读取向县长报告的待办" />}
          <Link to="/workbench">到工作台办理</Link>
        </Flex>
      }
    />
  );
}

/**
 * 紧急事项 (art. 6): a county leader records an emergency handled without a meeting; a report to the
 * 县长 is owed. Below, the records with the state of each report (the 县长 and the office see all).
 */
export function EmergencyPage({ session }: { session: Session }) {
  const recorder = can(session, 'emergency:record');
  const [form] = Form.useForm<EmergencyValues>();
  const client = useQueryClient();
  const record = useMutation({
    mutationFn: async (v: EmergencyValues) =>
      (
        await apiPost<EmergencyRecord>('/api/emergencies', {
          title: (v.title ?? '').trim(),
          description: (v.description ?? '').trim(),
          handledAt: v.handledAt ? beijingIso(v.handledAt) : '',
        })
      ).data,
    onSuccess: () => form.resetFields(),
    onError: (e) => applyFieldErrors(form, e, { title: 'title', description: 'description', handledAt: 'handledAt' }),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['tasks'] }),
        client.invalidateQueries({ queryKey: ['notifications'] }),
        client.invalidateQueries({ queryKey: EMERGENCIES_KEY }),
      ]),
  });

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        紧急事项
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }} className="yz-inline-links">
        县政府领导未经会议研究处置紧急事项的，处置后应及时向县长报告。
        {recorder ? '提交后系统为您生成“向县长报告”的待办，逾期将督办。' : '下列为处置记录及向县长报告的情况。'}依据：
        <Citation id="yunyang-2025:6" />
      </Typography.Paragraph>
      {record.data && <ReportTask record={record.data} />}
      {recorder && (
        <Card title="记录处置情况" style={{ maxWidth: 720 }}>
          <Form<EmergencyValues> form={form} layout="vertical" onFinish={(v) => record.mutate(v)} data-testid="emergency-form">
            <Form.Item label="事项" name="title" rules={[{ required: true, whitespace: true, message: '请填写事项' }, { min: 2, message: '事项至少 2 个字' }, { max: 200, message: '不超过 200 字' }]}>
              <Input placeholder="如：凤鸣镇暴雨引发山体滑坡" />
            </Form.Item>
            <Form.Item
              label="处置情况"
              name="description"
              rules={[{ required: true, whitespace: true, message: '请填写处置情况' }, { min: 2, message: '处置情况至少 2 个字' }, { max: 4000, message: '不超过 4000 字' }]}
            >
              <Input.TextArea rows={5} />
            </Form.Item>
            <Form.Item label="处置时间" name="handledAt" rules={[{ required: true, message: '请选择处置时间' }]} extra="北京时间，不晚于现在">
              <DateTimePicker />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={record.isPending}>
              提交记录
            </Button>
          </Form>
          <div style={{ marginTop: 16 }}>
            <ErrorAlert error={record.error} />
          </div>
        </Card>
      )}
      <EmergencyList />
    </Flex>
  );
}
