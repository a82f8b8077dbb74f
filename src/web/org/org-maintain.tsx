import { Button, Card, Divider, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { OrgChart } from '../api-types.ts';
import { chineseDate } from '../format.ts';
import { AbPairModal } from './ab-pair-modal.tsx';
import { AppointModal } from './appoint-modal.tsx';
import { DelegationModal } from './delegation-modal.tsx';
import { OrgImportExport } from './org-import.tsx';
import { PortfolioModal } from './portfolio-modal.tsx';
import { SecretaryLinkModal } from './secretary-links.tsx';


import { BodyModal, PositionModal, RenameModal } from './structure-modals.tsx';

type Form = 'appoint' | 'ab' | 'delegation' | 'portfolio' | 'secretary' | 'body' | 'position' | 'rename';

const BUTTONS: readonly { key: Form; label: string }[] = [
  { key: 'appoint', label: '任职' },
  { key: 'ab', label: '设定AB角' },
  { key: 'delegation', label: '记录委托' },
  { key: 'portfolio', label: '调整分管' },
  { key: 'secretary', label: '设定代录' },
  { key: 'body', label: '新增机构' },
  { key: 'position', label: '新增岗位' },
  { key: 'rename', label: '更名' },
];

/** 维护 (org:edit): the forms (任职, AB角, 委托, 分管, 新增机构, 新增岗位, 更名) and 导入/导出. Every change is checked against the rules by the server. */
export function OrgMaintain({ chart }: { chart: OrgChart }) {
  const [open, setOpen] = useState<Form | null>(null);
  const close = () => setOpen(null);
  return (
    <section aria-labelledby="org-maintain-title" data-testid="org-maintain">
      <Card size="small">
        <Flex vertical gap={8}>
          <Flex gap={8} wrap align="center">
            <Typography.Title level={3} id="org-maintain-title" style={{ margin: 0, marginInlineEnd: 8, fontSize: 16 }}>
              维护
            </Typography.Title>
            {BUTTONS.map((b) => (
              <Button key={b.key} onClick={() => setOpen(b.key)}>
                {b.label}
              </Button>
            ))}
            <Typography.Text type="secondary">表单中的日期默认为所查看的日期（{chineseDate(chart.date)}）。</Typography.Text>
          </Flex>
          <Divider style={{ margin: '4px 0' }} />
          <Flex gap={8} align="baseline">
            <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
              导入/导出
            </Typography.Text>
            <div style={{ flex: 1, minWidth: 0 }}>
              <OrgImportExport date={chart.date} />
            </div>
          </Flex>
        </Flex>
      </Card>
      <AppointModal open={open === 'appoint'} onClose={close} chart={chart} />
      <AbPairModal open={open === 'ab'} onClose={close} chart={chart} />
      <DelegationModal open={open === 'delegation'} onClose={close} chart={chart} />
      <PortfolioModal open={open === 'portfolio'} onClose={close} chart={chart} />
      <SecretaryLinkModal open={open === 'secretary'} onClose={close} chart={chart} />
      <BodyModal open={open === 'body'} onClose={close} chart={chart} />
      <PositionModal open={open === 'position'} onClose={close} chart={chart} />
      <RenameModal open={open === 'rename'} onClose={close} chart={chart} />
    </section>
  );
}
