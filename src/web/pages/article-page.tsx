import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { apiGet, isApiError } from '../api.ts';
import type { ArticleDetail, RuleView } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { CoverageTag } from '../components/status-tags.tsx';
import { chapterLabel } from '../format.ts';
import { PageLoading } from '../layout/guards.tsx';
import { NotFoundPage } from './not-found-page.tsx';

function Body({ a }: { a: ArticleDetail }) {
  const c = a.coverage;
  const coverage = [
    { key: 'status', label: '执行情况', children: <CoverageTag status={c.status} label={c.statusLabel} /> },
    ...(c.missing ? [{ key: 'missing', label: '尚未执行的部分', children: c.missing }] : []),
    ...(c.reason ? [{ key: 'reason', label: '不设程序的理由', children: c.reason }] : []),
    ...(c.carriedBy ? [{ key: 'carriedBy', label: '程序部分由此承载', children: c.carriedBy }] : []),
  ];
  return (
    <Flex vertical gap={16}>
      <Card title={`${a.label}（${chapterLabel(a.chapter)}）`} data-testid="article-text">
        {a.paragraphs.map((p) => (
          <Typography.Paragraph key={p} style={{ textIndent: '2em', fontSize: 16, lineHeight: 1.9 }}>
            {p}
          </Typography.Paragraph>
        ))}
      </Card>
      {a.restorations.map((r) => (
        <Alert
          key={r.asPublished}
          type="info"
          showIcon
          title="文本校正"
          description={`公布文本作“${r.asPublished}”，此处校正为“${r.restored}”（公布文本排印脱漏，据上下文补正）。`}
        />
      ))}
      <Card title="执行情况" size="small">
        <Descriptions size="small" column={1} bordered items={coverage} />
      </Card>
      <Card title="执行本条的规则" size="small">
        <Table<RuleView>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={[...a.rules]}
          data-testid="article-rules"
          locale={{ emptyText: '暂无规则执行本条' }}
          columns={[
            { title: '规则', dataIndex: 'id', width: 220, render: (id: string) => <Typography.Text code>{id}</Typography.Text> },
            { title: '要求', dataIndex: 'summary' },
            {
              title: '依据',
              key: 'cites',
              width: 200,
              render: (_: unknown, r) => (
                <Flex gap={4} wrap>
                  {r.cites.map((c) => (
                    <Tag key={c.id} title={c.id}>
                      {c.label}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}

/** One article: text, coverage (status, what is missing, why), enforcing rules, text corrections. */
export function ArticlePage() {
  const { number } = useParams();
  const n = Number(number);
  const valid = Number.isInteger(n) && n > 0 && n < 1000;
  const q = useQuery({
    queryKey: ['law', 'article', n],
    queryFn: async () => (await apiGet<ArticleDetail>(`/api/law/articles/${n}`)).data,
    enabled: valid,
    staleTime: Infinity,
    retry: false,
  });
  if (!valid || (q.isError && isApiError(q.error) && q.error.code === 'ARTICLE_NOT_FOUND')) return <NotFoundPage />;
  return (
    <Flex vertical gap={12}>
      <Link to="/law">
        <ArrowLeftOutlined /> 返回条文库
      </Link>
      {q.isPending ? <PageLoading /> : q.isError ? <ErrorAlert error={q.error} /> : <Body a={q.data} />}
    </Flex>
  );
}
