import { Tag } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

export type Tone = 'default' | 'green' | 'gold' | 'orange' | 'volcano' | 'red' | 'blue' | 'purple';

// antd's preset tag colours put mid-tone text on a pale tint, short of WCAG AA (4.5:1); these keep
// the tint and darken the text to the palette's 9th shade.
const TONES: Readonly<Record<Exclude<Tone, 'default'>, CSSProperties>> = {
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  gold: { color: '#613400', background: '#fffbe6', borderColor: '#ffe58f' },
  orange: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  volcano: { color: '#871400', background: '#fff2e8', borderColor: '#ffbb96' },
  red: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  blue: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  purple: { color: '#391085', background: '#f9f0ff', borderColor: '#d3adf7' },
};

/** A tag in one of a few tones, readable at AA contrast. */
export function ToneTag({ tone = 'default', title, style, children }: { tone?: Tone; title?: string; style?: CSSProperties; children: ReactNode }) {
  return (
    <Tag variant="outlined" title={title} style={{ ...(tone === 'default' ? {} : TONES[tone]), ...style }}>
      {children}
    </Tag>
  );
}
