import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { apiPost, apiPut } from '../api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { DocumentForm, DOCUMENT_FIELDS, EMPTY_DOCUMENT, toElements, type DocumentFormValues } from '../documents/document-form.tsx';
import { invalidateAfterDocument, useDocument } from '../documents/document-data.ts';
import type { DocumentView } from '../documents/document-types.ts';
import { applyFieldErrors } from '../form-errors.ts';
import { PageLoading } from '../layout/guards.tsx';

/** 拟稿 (new) and 修改 (an existing draft, or the office at 核稿): every save is a version. */
export function DocumentEditPage() {
  const { id } = useParams();
  const existing = useDocument(id);
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<DocumentFormValues>();
  const save = useMutation({
    mutationFn: (v: DocumentFormValues) =>
      id && existing.data
        ? apiPut<DocumentView>(`/api/documents/${id}`, { elements: toElements(v), note: '', version: existing.data.document.version })
        : apiPost<DocumentView>('/api/documents', toElements(v)),
    onSuccess: async (r) => {
      await invalidateAfterDocument(client);
      void navigate(`/documents/${r.data.id}`);
    },
    onError: (e) => applyFieldErrors(form, e, DOCUMENT_FIELDS),
  });
  if (id && existing.isPending) return <PageLoading />;
  if (id && existing.isError) return <ErrorAlert error={existing.error} title="无法读取公文" />;
  const initial: DocumentFormValues = existing.data ? { ...existing.data.document.elements } as DocumentFormValues : EMPTY_DOCUMENT;

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {id ? '修改公文' : '拟稿'}
      </Typography.Title>
      <DocumentForm form={form} initial={initial} onFinish={(v) => save.mutate(v)} />
      <ErrorAlert error={save.error} title={id ? '未能保存' : '未能拟稿'} />
      <Flex gap={8}>
        <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
          保存
        </Button>
        <Link to={id ? `/documents/${id}` : '/documents'}>
          <Button>取消</Button>
        </Link>
      </Flex>
    </Flex>
  );
}
