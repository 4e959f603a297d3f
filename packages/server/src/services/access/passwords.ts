import argon2 from 'argon2';

// argon2id with the library's defaults (64 MiB, 3 passes): about 50-100 ms on an office PC,
// slow enough against guessing, fast enough for a login.
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Verified against when the account does not exist, so an unknown username takes as long as
// a wrong password and response time does not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;
export function verifyAgainstDummy(password: string): Promise<boolean> {
  dummyHash ??= hashPassword('no-such-account-placeholder');
  return dummyHash.then((hash) => verifyPassword(hash, password));
}
