import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { generateSecret, generateSync, generateURI, verifySync } from 'otplib';
import type { IdGenerator, PasswordHasher, TotpPort } from '../services/ports.ts';

// @node-rs/argon2's Algorithm is a const enum; 2 is Argon2id.
const ARGON2ID = 2;

export const ids: IdGenerator = {
  id: () => randomUUID(),
  token: () => randomBytes(32).toString('base64url'),
  digest: (token) => createHash('sm3').update(token, 'utf8').digest('hex'),
};

/** argon2id with the library's recommended parameters (19 MiB, 2 passes). */
export const argon2Hasher: PasswordHasher = {
  hash: (password) => hash(password, { algorithm: ARGON2ID }),
  verify: async (h, password) => {
    try {
      return await verify(h, password);
    } catch {
      return false;
    }
  },
};

/** TOTP (RFC 6238, 30-second steps), accepting one step of clock drift either way. */
export const totp: TotpPort = {
  generateSecret: () => generateSecret(),
  verify: (secret, token, at) =>
    /^\d{6}$/.test(token) && verifySync({ secret, token, epoch: Math.floor(at.getTime() / 1000), epochTolerance: 30 }).valid,
  uri: (secret, account, issuer) => generateURI({ issuer, label: account, secret }),
};

/** The current code for a secret (tests and the enrolment screen's self-check). */
export function totpCode(secret: string, at: Date): string {
  return generateSync({ secret, epoch: Math.floor(at.getTime() / 1000) });
}
