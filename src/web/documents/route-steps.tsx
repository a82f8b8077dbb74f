import { Steps, Tooltip, Typography } from 'antd';
import { Citation } from '../components/citation.tsx';
import { beijingMinute } from '../format.ts';
import { ACTION_LABELS } from './document-data.ts';
import type { DocumentDetail } from './document-types.ts';

/**
 * The art. 53 route: each step with the clause that puts it there, who did it (a stand-in shown as
 * `王晓梅（代刘建华）` with the reason on hover) and the opinion; the waiting step says who acts now.
 */
export function RouteSteps({ detail }: { detail: DocumentDetail }) {
  const d = detail.document;
  const current = d.route.findIndex((s) => s.done === null);
  return (
    <Steps
      direction="vertical"
      size="small"
      current={current === -1 ? d.route.length : current}
      data-testid="route-steps"
      items={d.route.map((s) => {
        const who = s.done ? (s.done.onBehalfOfName ? `${s.done.personName}（代${s.done.onBehalfOfName}）` : s.done.personName) : null;
        return {
          title: `${s.title} ${ACTION_LABELS[s.action]}`,
          description: (
            <div className="yz-inline-links">
              <Typography.Text type="secondary">
                <Citation id={s.cite} />：{s.reason.replace(/^第[^：]+：/, '')}
              </Typography.Text>
              {s.done && (
                <div>
                  {s.done.basis ? (
                    <Tooltip title={s.done.basis}>
                      <Typography.Text strong style={{ textDecoration: 'underline dotted' }}>{who}</Typography.Text>
                    </Tooltip>
                  ) : (
                    <Typography.Text strong>{who}</Typography.Text>
                  )}
                  ：{s.done.agreed ? '' : <Typography.Text className="yz-danger-text">不同意 </Typography.Text>}
                  {s.done.opinion}（{beijingMinute(s.done.at)}）
                  {s.done.proposal && <Typography.Paragraph style={{ margin: 0 }}>各方理据和办理意见：{s.done.proposal}</Typography.Paragraph>}
                </div>
              )}
              {!s.done && detail.waiting?.seq === s.seq && (
                <div data-testid="waiting">
                  当前由 <Typography.Text strong>{detail.waiting.display || '（无人可履职）'}</Typography.Text> 办理
                  {detail.waiting.problems.map((p) => (
                    <Typography.Text key={p.message} className="yz-danger-text" style={{ display: 'block' }}>
                      {p.message}
                    </Typography.Text>
                  ))}
                </div>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
