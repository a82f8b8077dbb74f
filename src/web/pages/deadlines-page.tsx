import { useMutation } from '@tanstack/react-query';
import { Card, Flex, Form, Typography } from 'antd';
import { apiPost } from '../api.ts';
import type { DeadlineView } from '../api-types.ts';
import { DeadlineExplanation } from '../components/deadline-explanation.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { CalendarYears } from '../deadlines/calendar-years.tsx';
import { DeadlineForm, deadlineField, toRequest, type DeadlineFormValues } from '../deadlines/deadline-form.tsx';
import { applyFieldErrors } from '../form-errors.ts';

/** 期限计算: any period on the official calendar, with the day-by-day explanation. */
export function DeadlinesPage() {
  const [form] = Form.useForm<DeadlineFormValues>();
  const compute = useMutation({
    mutationFn: async (v: DeadlineFormValues): Promise<DeadlineView | null> => {
      try {
        return (await apiPost<DeadlineView>('/api/deadlines/compute', toRequest(v))).data;
      } catch (e) {
        // Errors that name fields go under those fields; anything else is shown above the form.
        if (applyFieldErrors(form, e, deadlineField)) return null;
        throw e;
      }
    },
  });

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        期限计算
      </Typography.Title>
      <Typography.Text type="secondary">
        起算日当日不计；工作日期间跳过周休息日和法定节假日，调休上班日计入；以日、月计算的期间最后一日为休息日的，顺延至其后第一个工作日；期间最后一日24时截止。
      </Typography.Text>
      <Card>
        <Flex vertical gap={12}>
          <ErrorAlert error={compute.error} />
          <DeadlineForm form={form} busy={compute.isPending} onSubmit={(v) => compute.mutate(v)} />
        </Flex>
      </Card>
      {compute.data && (
        <Card title="计算结果" data-testid="deadline-result">
          <DeadlineExplanation deadline={compute.data} />
        </Card>
      )}
      <CalendarYears />
    </Flex>
  );
}
