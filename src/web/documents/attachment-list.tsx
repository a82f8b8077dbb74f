import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, List, Popconfirm, Typography, Upload } from 'antd';
import { apiPost, apiUpload } from '../api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { beijingMinute } from '../format.ts';
import { invalidateAfterDocument } from './document-data.ts';
import type { DocumentDetail } from './document-types.ts';

const ACCEPT = '.pdf,.ofd,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.wps,.et,.jpg,.jpeg,.png,.zip';

/** 附件: download for whoever sees the document; upload and remove while it may change (拟稿, 核稿). */
export function AttachmentList({ detail, editable }: { detail: DocumentDetail; editable: boolean }) {
  const id = detail.document.id;
  const client = useQueryClient();
  const upload = useMutation({ mutationFn: (file: File) => apiUpload(`/api/documents/${id}/attachments`, file), onSettled: () => invalidateAfterDocument(client) });
  const remove = useMutation({ mutationFn: (attachmentId: string) => apiPost(`/api/documents/${id}/attachments/${attachmentId}/remove`, {}), onSettled: () => invalidateAfterDocument(client) });
  return (
    <Card
      size="small"
      title={`附件（${detail.attachments.length}）`}
      extra={
        editable && (
          <Upload accept={ACCEPT} showUploadList={false} customRequest={({ file }) => upload.mutate(file as File)}>
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              上传附件
            </Button>
          </Upload>
        )
      }
    >
      <Flex vertical gap={8}>
        {editable && <Typography.Text type="secondary">可上传 PDF、OFD、Office/WPS 文档、图片和 ZIP，单个不超过 20MB；涉密文件不得上传（第六十一条）。</Typography.Text>}
        <ErrorAlert error={upload.error ?? remove.error} title="未能处理附件" />
        <List
          size="small"
          dataSource={[...detail.attachments]}
          locale={{ emptyText: '无附件' }}
          renderItem={(a) => (
            <List.Item
              actions={editable ? [<Popconfirm key="rm" title={`删除附件“${a.name}”？`} okText="删除" cancelText="取消" onConfirm={() => remove.mutate(a.id)}><Button type="link" danger size="small">删除</Button></Popconfirm>] : []}
            >
              <Flex vertical>
                <a href={`/api/documents/${id}/attachments/${a.id}`} download={a.name}>{a.name}</a>
                <Typography.Text type="secondary">
                  {(a.size / 1024).toFixed(0)} KB · {a.uploadedBy} {beijingMinute(a.uploadedAt)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      </Flex>
    </Card>
  );
}
