import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { apiPost } from '../api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { applyFieldErrors } from '../form-errors.ts';

export interface EditModalProps<V, B> {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly title: string;
  readonly okText: string;
  /** The endpoint (POST) and the form's fields, named as the request body names them. */
  readonly url: string | ((body: B) => string);
  /** What is sent, when not the body itself (e.g. a rename sends the name, the id being in the URL). */
  readonly payload?: (body: B) => unknown;
  readonly fields: readonly (keyof V & string)[];
  readonly initialValues?: Partial<V>;
  readonly toBody: (values: V) => B;
  /** The success message, from what was sent. */
  readonly done: (body: B) => string;
  readonly testId: string;
  readonly children: ReactNode;
}

/**
 * One 维护 form in a dialog: POSTs the body, then says so and refreshes the organisation (chart,
 * 由谁履职, 在岗情况). A refusal stays in the dialog with its verdicts and articles.
 */
export function EditModal<V extends object, B>(props: EditModalProps<V, B>) {
  const [form] = Form.useForm<V>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const fieldMap = Object.fromEntries(props.fields.map((f) => [f, f]));
  const submit = useMutation({
    mutationFn: async (body: B) => {
      await apiPost<unknown>(typeof props.url === 'string' ? props.url : props.url(body), props.payload ? props.payload(body) : body);
      return body;
    },
    onSuccess: async (body) => {
      void message.success(props.done(body));
      await client.invalidateQueries({ queryKey: ['org'] });
      close();
    },
    onError: (e) => applyFieldErrors(form, e, fieldMap),
  });
  function close() {
    submit.reset();
    props.onClose();
  }
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText="取消"
      width={620}
      confirmLoading={submit.isPending}
      onCancel={close}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<V>
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={props.initialValues}
        onFinish={(v) => submit.mutate(props.toBody(v))}
        name={props.testId}
        data-testid={props.testId}
      >
        {props.children}
      </Form>
      <ErrorAlert error={submit.error} />
    </Modal>
  );
}
