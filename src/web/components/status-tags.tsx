import { ToneTag, type Tone } from './tone-tag.tsx';
import type { CoverageStatus, ParameterStatus } from '../api-types.ts';

const COVERAGE_COLORS: Readonly<Record<CoverageStatus, Tone>> = {
  enforced: 'green',
  partial: 'gold',
  declarative: 'blue',
  planned: 'default',
};

/** An article's coverage status, labelled by the server (statusLabel), coloured by its code. */
export function CoverageTag({ status, label }: { status: CoverageStatus; label: string }) {
  return <ToneTag tone={COVERAGE_COLORS[status]}>{label}</ToneTag>;
}

export const PARAMETER_STATUS_LABELS: Readonly<Record<ParameterStatus, string>> = {
  VERIFIED: '已核实',
  SECONDARY: '间接来源',
  NOT_FOUND: '未找到依据',
};

const PARAMETER_COLORS: Readonly<Record<ParameterStatus, Tone>> = { VERIFIED: 'green', SECONDARY: 'gold', NOT_FOUND: 'red' };

export function ParameterStatusTag({ status }: { status: ParameterStatus }) {
  return (
    <ToneTag tone={PARAMETER_COLORS[status]} title={status}>
      {PARAMETER_STATUS_LABELS[status]}
    </ToneTag>
  );
}
