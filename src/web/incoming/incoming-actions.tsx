import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { apiPost } from '../api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import type { Verdict } from '../api-types.ts';
import { LEADER_KINDS, useOrgChart } from '../org/org-data.ts';
import { INCOMING_KEY, type IncomingDetail, type IncomingView } from './incoming-data.ts';

type Dialog = 'return' | 'circulate' | 'propose' | 'instruct' | 'chase' | 'complete';

const TITLES: Readonly<Record<Dialog, string>> = { return: '退回来文单位', circulate: '拟办：传阅', propose: '拟办：呈领导批办', instruct: '批办', chase: '催办', complete: '办结' };

/** The steps the server's abilities allow, each with the form it needs. */
export function IncomingActions({ detail, onDone }: { detail: IncomingDetail; onDone: (title: string, verdicts: readonly Verdict[]) => void }) {
  const r = detail.incoming;
  const a = detail.abilities;
  const client = useQueryClient();
  const chart = useOrgChart();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [form] = Form.useForm<Record<string, unknown>>();
  const act = useMutation({
    mutationFn: ({ cmd, body }: { cmd: string; body: unknown }) => apiPost<IncomingView>(`/api/incoming/${r.id}/${cmd}`, body),
    onSuccess: (res) => {
      setDialog(null);
      form.resetFields();
      void message.success('已办理');
      onDone(`已办理，当前环节：${res.data.statusLabel}${res.data.registerNo && !r.registerNo ? `（${res.data.registerNo}）` : ''}`, res.verdicts);
    },
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: INCOMING_KEY }), client.invalidateQueries({ queryKey: ['tasks'] })]),
  });
  const run = (cmd: string, body: unknown = {}) => act.mutate({ cmd, body });
  const open = (d: Dialog) => {
    act.reset();
    form.resetFields();
    setDialog(d);
  };
  const positions = (chart.data?.positions ?? []).filter((p) => p.holders.length > 0);
  const leaders = positions.filter((p) => LEADER_KINDS.has(p.kind)).map((p) => ({ value: p.id, label: `${p.title} ${p.holders.map((h) => h.name).join('、')}` }));
  const posts = positions.map((p) => ({ value: p.id, label: `${p.title} ${p.holders.map((h) => h.name).join('、')}` }));
  const units = (chart.data?.bodies ?? []).filter((b) => ['department', 'town', 'street', 'agency', 'office'].includes(b.kind)).map((b) => ({ value: b.id, label: b.name }));

  const submit = (v: Record<string, unknown>) => {
    if (dialog === 'return') run('return', { reason: v['text'] });
    if (dialog === 'circulate') run('circulate', { positionIds: v['positionIds'], note: v['text'] ?? '' });
    if (dialog === 'propose') run('propose', { leaderPositionId: v['leaderPositionId'], proposal: v['text'] });
    if (dialog === 'instruct') run('instruct', { instruction: v['text'], leadBodyId: v['leadBodyId'] ?? null, coBodyIds: v['coBodyIds'] ?? [], dueWorkdays: v['dueWorkdays'] ?? null });
    if (dialog === 'chase') run('chase', { note: v['text'] ?? '' });
    if (dialog === 'complete') run('complete', { result: v['text'] });
  };

  return (
    <Flex gap={8} wrap data-testid="incoming-actions">
      {a['register'] && <Button type="primary" loading={act.isPending} onClick={() => run('register')}>登记</Button>}
      {a['accept'] && <Button type="primary" loading={act.isPending} onClick={() => run('accept', { note: '' })}>初审通过</Button>}
      {a['return'] && <Button onClick={() => open('return')}>退回来文单位</Button>}
      {a['propose'] && <Button type="primary" onClick={() => open('propose')}>呈领导批办</Button>}
      {a['circulate'] && <Button onClick={() => open('circulate')}>传阅</Button>}
      {a['read'] && <Button type="primary" loading={act.isPending} onClick={() => run('read')}>已阅</Button>}
      {a['instruct'] && <Button type="primary" onClick={() => open('instruct')}>批办</Button>}
      {a['chase'] && <Button onClick={() => open('chase')}>催办</Button>}
      {a['complete'] && <Button type="primary" onClick={() => open('complete')}>办结</Button>}
      {!dialog && <ErrorAlert error={act.error} />}
      <Modal open={dialog !== null} title={dialog ? TITLES[dialog] : ''} okText="提交" cancelText="取消" confirmLoading={act.isPending} onCancel={() => setDialog(null)} onOk={() => form.submit()} destroyOnHidden width={640}>
        <Form form={form} layout="vertical" style={{ marginTop: 16 }} onFinish={submit}>
          {dialog === 'propose' && (
            <Form.Item label="呈批的县领导" name="leaderPositionId" rules={[{ required: true, message: '请选择县领导' }]}>
              <Select options={leaders} showSearch={{ optionFilterProp: 'label' }} aria-label="呈批的县领导" />
            </Form.Item>
          )}
          {dialog === 'circulate' && (
            <Form.Item label="传阅范围" name="positionIds" rules={[{ required: true, type: 'array', min: 1, message: '请选择传阅人' }]}>
              <Select mode="multiple" options={posts} optionFilterProp="label" aria-label="传阅范围" />
            </Form.Item>
          )}
          {dialog === 'instruct' && (
            <>
              <Form.Item label="主办单位" name="leadBodyId" rules={[{ required: true, message: '请明确主办单位' }]} extra="需要两个以上单位办理的，应当明确主办单位（《党政机关公文处理工作条例》第二十四条）。">
                <Select options={units} showSearch={{ optionFilterProp: 'label' }} aria-label="主办单位" />
              </Form.Item>
              <Form.Item label="协办单位" name="coBodyIds">
                <Select mode="multiple" options={units} optionFilterProp="label" aria-label="协办单位" />
              </Form.Item>
              <Form.Item label="办理时限（工作日）" name="dueWorkdays" extra="不填按“事不过周”，5个工作日（第四十条）。">
                <InputNumber min={1} max={60} aria-label="办理时限" />
              </Form.Item>
            </>
          )}
          <Form.Item
            label={{ return: '退回理由', circulate: '拟办意见', propose: '拟办意见', instruct: '批办意见', chase: '催办说明', complete: '办理结果' }[dialog ?? 'return']}
            name="text"
            rules={dialog === 'circulate' || dialog === 'chase' ? [] : [{ required: true, whitespace: true, message: '请填写' }, { min: 2, message: '至少 2 个字' }]}
            extra={dialog === 'instruct' && r.disagreement ? '会签部门未能取得一致意见，报请县政府决定：请写明决定（第五十五条）。' : undefined}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
        <ErrorAlert error={act.error} />
      </Modal>
    </Flex>
  );
}
