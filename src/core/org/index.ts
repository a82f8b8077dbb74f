/** The organisation: snapshot types (org.ts) and acting authority computed from them (acting.ts). */
export * from './org.ts';
export * from './acting-types.ts';
export * from './acting.ts';
export * from './away.ts';
export { MAX_ACTING_DEPTH, MAX_AWAY_RANGE_DAYS } from './acting-context.ts';
export * from './checks.ts';
export * from './structure.ts';
