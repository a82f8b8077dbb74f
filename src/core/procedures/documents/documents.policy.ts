import { currentStep } from './documents.decide.ts';
import { DOCUMENT_TRANSITIONS } from './documents.machine.ts';
import type { DocumentCommandType, DocumentState } from './documents.ts';

export interface DocumentViewer {
  readonly permissions: ReadonlySet<string>;
  readonly actingPositionIds: readonly string[];
  /** The viewer drafted the document (or acts for the drafter's post). */
  readonly isDrafter: boolean;
}

/** What the viewer may do with the document now; the screens show exactly these. */
export function documentAbilities(state: DocumentState, viewer: DocumentViewer): Record<DocumentCommandType, boolean> {
  const table = DOCUMENT_TRANSITIONS[state.status];
  const may = (c: DocumentCommandType) => {
    const t = table[c];
    return t !== undefined && viewer.permissions.has(t.permission);
  };
  const step = currentStep(state.route);
  const onStep = step !== undefined && viewer.actingPositionIds.includes(step.positionId);
  return {
    submit: may('submit') && viewer.isDrafter && state.elements.issuer !== 'department',
    route: may('route') && viewer.isDrafter && state.elements.issuer === 'department',
    dispatch: false,
    withdraw: may('withdraw') && (state.status !== 'drafting' || viewer.isDrafter),
    review: may('review') && state.elements.issuer !== 'department',
    sign: may('sign') && onStep,
    return: may('return') && (state.status !== 'signing' || onStep),
    register: may('register'),
    issue: may('issue'),
    archive: may('archive'),
    'void-number': may('void-number'),
  };
}
