/** The organisation: snapshot types (org.ts) and acting authority computed from them (acting.ts). */
export * from './org.ts';
export * from './acting.ts';
export * from './checks.ts';
export * from './structure.ts';
