import { ExperimentOutlined } from '@ant-design/icons';
import { useMeta } from '../session.ts';

/** The 演示环境 banner, on every page (login included) whenever the server runs in demo mode. */
export function DemoBanner() {
  const meta = useMeta();
  if (!meta.data?.demo) return null;
  return (
    <div className="yz-demo-banner" role="note" aria-label="演示环境" data-testid="demo-banner">
      <ExperimentOutlined aria-hidden />
      <strong>演示环境</strong>
      <span>账号和密码公开，数据仅供演示，请勿录入真实公务信息。</span>
    </div>
  );
}
