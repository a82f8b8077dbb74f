import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Input } from 'antd';
import type { ReactNode } from 'react';

/** Every list filters, searches and exports (DESIGN §8): a search box, extra filters, 导出 CSV. */
export function ListToolbar(props: {
  search: string;
  onSearch: (s: string) => void;
  placeholder: string;
  onExport: () => void;
  exportDisabled?: boolean;
  children?: ReactNode;
}) {
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
      <Input.Search
        allowClear
        aria-label={props.placeholder}
        placeholder={props.placeholder}
        value={props.search}
        onChange={(e) => props.onSearch(e.target.value)}
        style={{ width: 280 }}
      />
      {props.children}
      <Button icon={<DownloadOutlined />} onClick={props.onExport} disabled={props.exportDisabled}>
        导出 CSV
      </Button>
    </Flex>
  );
}
