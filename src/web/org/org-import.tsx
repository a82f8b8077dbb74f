import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { apiGetFile, apiPost, isApiError } from '../api.ts';
import type { ImportProblem, ImportResult } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { saveBlob } from '../csv.ts';

const NOTHING = '未导入任何数据';

/** Every bad row of a refused import: 行, 列, 问题. */
function ImportProblems({ message, problems }: { message: string; problems: readonly ImportProblem[] }) {
  return (
    <Flex vertical gap={8} data-testid="import-problems">
      <Alert type="error" showIcon title={message.includes(NOTHING) ? message : `${message}，${NOTHING}`} description="请按下表修改文件后重新导入；文件中的其他行也未导入。" />
      {problems.length > 0 && (
        <Table<ImportProblem>
          size="small"
          bordered
          pagination={false}
          rowKey={(p) => `${p.line}:${p.field}:${p.message}`}
          dataSource={[...problems]}
          columns={[
            { title: '行', dataIndex: 'line', width: 80, render: (line: number) => `第${line}行` },
            { title: '列', dataIndex: 'field', width: 100 },
            { title: '问题', dataIndex: 'message' },
          ]}
        />
      )}
    </Flex>
  );
}

function ImportOutcome({ file, result, error }: { file: string; result: ImportResult | undefined; error: unknown }) {
  if (isApiError(error) && error.code === 'IMPORT_INVALID') return <ImportProblems message={`${file}：${error.message}`} problems={error.problems} />;
  if (error) return <ErrorAlert error={error} title={`${file}：导入失败，${NOTHING}`} />;
  if (!result) return null;
  return (
    <Alert type="success" showIcon data-testid="import-result" title={`${file}：已导入任职 ${result.appointments} 条，新增人员 ${result.newPeople} 人`} />
  );
}

/**
 * 导入/导出: the server's CSV of the chart on the date shown (with 岗位代码, the key an import
 * needs), and an appointments import read in the browser and checked whole by the server.
 */
export function OrgImportExport({ date }: { date: string }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [file, setFile] = useState('');
  const exporting = useMutation({
    mutationFn: () => apiGetFile(`/api/org/export.csv?on=${date}`),
    onSuccess: (blob) => saveBlob(`组织机构-${date}.csv`, blob),
    onError: (e) => void message.error(isApiError(e) ? e.message : '导出失败，请稍后重试'),
  });
  const importing = useMutation({
    mutationFn: async (csv: string) => (await apiPost<ImportResult>('/api/org/import', { csv })).data,
    onSuccess: async () => {
      void message.success('导入成功');
      await client.invalidateQueries({ queryKey: ['org'] });
    },
  });
  return (
    <Flex vertical gap={8} data-testid="org-import">
      <Flex gap={8} wrap align="center">
        <Button icon={<DownloadOutlined />} loading={exporting.isPending} onClick={() => exporting.mutate()}>
          导出任职表（CSV）
        </Button>
        <Upload
          accept=".csv,text/csv"
          showUploadList={false}
          disabled={importing.isPending}
          beforeUpload={(f) => {
            setFile(f.name);
            void f.text().then((text) => (text.trim() === '' ? void message.error(`${f.name}：文件为空，${NOTHING}`) : importing.mutate(text)));
            return Upload.LIST_IGNORE;
          }}
        >
          <Button icon={<UploadOutlined />} loading={importing.isPending}>
            导入任职（CSV）
          </Button>
        </Upload>
        <Typography.Text type="secondary">
          导入文件为 UTF-8 编码，列为“人员、岗位代码、起始日、截止日”（岗位代码见导出的任职表）；任何一行有误则整个文件不导入。
        </Typography.Text>
      </Flex>
      <ImportOutcome file={file} result={importing.data} error={importing.error} />
    </Flex>
  );
}
