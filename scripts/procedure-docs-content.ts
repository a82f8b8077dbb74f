import { mermaidStateDiagram } from '../src/core/procedures/diagram.ts';
import { TASK_STATUS_LABELS, TASK_TRANSITIONS } from '../src/core/procedures/tasks/tasks.machine.ts';
import { DOCUMENT_STATUS_LABELS, DOCUMENT_TRANSITIONS } from '../src/core/procedures/documents/documents.machine.ts';
import { INCOMING_STATUS_LABELS, INCOMING_TRANSITIONS } from '../src/core/procedures/incoming/incoming.machine.ts';
import { TOPIC_STATUS_LABELS, TOPIC_TRANSITIONS } from '../src/core/procedures/meetings/meetings.machine.ts';
import { MEETING_LEAVE_STATUS_LABELS, MEETING_LEAVE_TRANSITIONS } from '../src/core/procedures/meetings/meeting-leave.ts';
import { APPROVAL_STATUS_LABELS, APPROVAL_TRANSITIONS } from '../src/core/procedures/meeting-approvals/meeting-approvals.machine.ts';
import { KEY_WORK_STATUS_LABELS, KEY_WORK_TRANSITIONS } from '../src/core/procedures/key-work/key-work.machine.ts';
import { COMMENT_STATUS_LABELS, COMMENT_TRANSITIONS, CONSULTATION_STATE_LABELS, CONSULTATION_TRANSITIONS } from '../src/core/procedures/consultations/consultations.machine.ts';
import { NORMATIVE_TRANSITIONS } from '../src/core/procedures/normative/normative.machine.ts';
import { NORMATIVE_STATUS_LABELS } from '../src/core/procedures/normative/normative.ts';
import { DOSSIER_STATUS_LABELS, DOSSIER_TRANSITIONS, EDITION_STATUS_LABELS, EDITION_TRANSITIONS } from '../src/core/procedures/major-decisions/major-decisions.machine.ts';

/** The generated procedures page; a test keeps docs/procedures.md equal to it. */
export function procedureDocs(): string {
  const sections = [
    { title: '待办 (tasks)', diagram: mermaidStateDiagram(TASK_TRANSITIONS, TASK_STATUS_LABELS, 'open') },
    { title: '发文 (outgoing documents)', diagram: mermaidStateDiagram(DOCUMENT_TRANSITIONS, DOCUMENT_STATUS_LABELS, 'drafting') },
    { title: '收文 (incoming documents)', diagram: mermaidStateDiagram(INCOMING_TRANSITIONS, INCOMING_STATUS_LABELS, 'received') },
    { title: '议题 (meeting topics)', diagram: mermaidStateDiagram(TOPIC_TRANSITIONS, TOPIC_STATUS_LABELS, 'proposed') },
    { title: '会议请假 (meeting leave, art. 49; county leaders start at requested)', diagram: mermaidStateDiagram(MEETING_LEAVE_TRANSITIONS, MEETING_LEAVE_STATUS_LABELS, 'at-office') },
    { title: '会议审批 (work-meeting approval, art. 51; no approval needed: not-required)', diagram: mermaidStateDiagram(APPROVAL_TRANSITIONS, APPROVAL_STATUS_LABELS, 'reviewing') },
    { title: '季度重点工作 (quarterly key work; 滞后 is computed, not a state)', diagram: mermaidStateDiagram(KEY_WORK_TRANSITIONS, KEY_WORK_STATUS_LABELS, 'not-started') },
    { title: '公开征求意见 (public consultations)', diagram: mermaidStateDiagram(CONSULTATION_TRANSITIONS, CONSULTATION_STATE_LABELS, 'scheduled') },
    { title: '公众意见 (public comments)', diagram: mermaidStateDiagram(COMMENT_TRANSITIONS, COMMENT_STATUS_LABELS, 'pending') },
    { title: '规范性文件 (normative documents, arts. 18–21; an unlawful legality finding returns to consulted, a failed completeness check stays at legality-passed)', diagram: mermaidStateDiagram(NORMATIVE_TRANSITIONS, NORMATIVE_STATUS_LABELS, 'initiated') },
    { title: '决策事项目录版次 (catalogue of major decisions: the first list and each adjustment, art. 23)', diagram: mermaidStateDiagram(EDITION_TRANSITIONS, EDITION_STATUS_LABELS, 'draft') },
    { title: '重大行政决策卷宗 (major decision dossier, arts. 23–28; the statutory steps are the guards of submit)', diagram: mermaidStateDiagram(DOSSIER_TRANSITIONS, DOSSIER_STATUS_LABELS, 'preparing') },
  ];
  return [
    '# Procedures',
    '',
    'Generated from the transition tables in `src/core/procedures/*/*.machine.ts` by `npm run docs`; do not edit by hand.',
    'Each arrow names its command and, in brackets, the rules that guard it.',
    '',
    ...sections.flatMap((s) => [`## ${s.title}`, '', '```mermaid', s.diagram, '```', '']),
  ].join('\n');
}
