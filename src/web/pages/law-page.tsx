import { useQuery } from '@tanstack/react-query';
import { Flex, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { apiGet } from '../api.ts';
import type { ArticleList, PackParameter } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoading } from '../layout/guards.tsx';
import { ArticleListView } from '../law/article-list.tsx';
import { ParameterTable } from '../law/parameter-table.tsx';
import { chineseDate } from '../format.ts';

/** 条文库: the articles of the pack in force with their coverage, and the pack's parameters. */
export function LawPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'parameters' ? 'parameters' : 'articles';
  const articles = useQuery({
    queryKey: ['law', 'articles'],
    queryFn: async () => (await apiGet<ArticleList>('/api/law/articles')).data,
    staleTime: Infinity,
  });
  const parameters = useQuery({
    queryKey: ['law', 'parameters'],
    queryFn: async () => (await apiGet<PackParameter[]>('/api/law/parameters')).data,
    staleTime: Infinity,
    enabled: tab === 'parameters',
  });
  const pack = articles.data?.pack;

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        条文库
      </Typography.Title>
      {pack && (
        <Typography.Text type="secondary">
          《{pack.title}》（{pack.promulgatedBy}），自{chineseDate(pack.effectiveFrom)}起施行
          {pack.interpretedBy ? `，由${pack.interpretedBy}负责解释` : ''}。
        </Typography.Text>
      )}
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'parameters' ? { tab: 'parameters' } : {})}
        items={[
          {
            key: 'articles',
            label: '条文',
            children: articles.isPending ? (
              <PageLoading />
            ) : articles.isError ? (
              <ErrorAlert error={articles.error} />
            ) : (
              <ArticleListView list={articles.data} />
            ),
          },
          {
            key: 'parameters',
            label: '规则包参数',
            children: parameters.isPending ? (
              <PageLoading />
            ) : parameters.isError ? (
              <ErrorAlert error={parameters.error} />
            ) : (
              <ParameterTable parameters={parameters.data} />
            ),
          },
        ]}
      />
    </Flex>
  );
}
