/** The public shape of acting authority's answers (arts. 5, 59): reasons, problems, results, who is away. */
import type { IsoDate } from '../kernel/time.ts';
import type { Absence } from './org.ts';

// Public types
// ---------------------------------------------------------------------------------------------

/** How the actor came to act: as holder, by 委托, by AB角, or as the presiding person named in leave. */
export type ActingVia = 'holder' | 'delegation' | 'ab' | 'presiding';

export type ActingReasonKind = 'holder' | 'absent' | 'delegation' | 'ab' | 'presiding' | 'vacant' | 'gap' | 'cycle';

/** One step of the reasoning, in Chinese, with the citation ids it rests on. */
export interface ActingReason {
  readonly kind: ActingReasonKind;
  /** The position this step is about. */
  readonly positionId: string;
  /** The person this step is about (the holder, the absent person, or the stand-in found). */
  readonly personId?: string;
  readonly message: string;
  readonly cites: readonly string[];
}

export type ActingProblemCode = 'vacant' | 'gap' | 'cycle';

export interface ActingProblem {
  readonly code: ActingProblemCode;
  /** Chinese explanation; gap and cycle messages begin with the article they rest on. */
  readonly message: string;
  readonly cites: readonly string[];
}

export interface PersonRef {
  readonly personId: string;
  readonly name: string;
}

export interface ActingActor extends PersonRef {
  /** The position through which the actor acts: the post they hold (their own, or the stand-in post). */
  readonly positionId: string;
  readonly via: ActingVia;
}

export interface ActingResult {
  readonly positionId: string;
  /** The instant asked about, ISO-8601 UTC. */
  readonly at: string;
  /** Everyone appointed to the position on the local date (present or away), by appointment start then id. */
  readonly holders: readonly PersonRef[];
  readonly actor: ActingActor | null;
  /** The absent holder on whose behalf a stand-in acts; null when a holder acts or nobody does. */
  readonly onBehalfOf: PersonRef | null;
  /** `李明` for the holder, `李明（代王强）` for a stand-in, '' when nobody acts. */
  readonly display: string;
  readonly chain: readonly ActingReason[];
  /** Every problem met, including ones further down the chain that were fallen through. */
  readonly problems: readonly ActingProblem[];
}

export interface PositionActed {
  readonly positionId: string;
  readonly via: ActingVia;
  readonly onBehalfOf: PersonRef | null;
}

export interface AwayPosition {
  readonly positionId: string;
  readonly title: string;
  readonly acting: ActingResult;
}

export interface AwayPerson {
  readonly personId: string;
  readonly name: string;
  readonly absence: Absence;
  /** The posts the person holds that day, each with who acts for it at noon. */
  readonly positions: readonly AwayPosition[];
}

export interface AwayDay {
  readonly date: IsoDate;
  /** Noon local time of `date`, ISO-8601 UTC: the instant at which absence and acting are evaluated. */
  readonly at: string;
  readonly away: readonly AwayPerson[];
}

// ---------------------------------------------------------------------------------------------
// Constants and small helpers
// ---------------------------------------------------------------------------------------------
