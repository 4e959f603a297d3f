import argon2 from 'argon2';

/** argon2id's cost: memory in KiB, passes, lanes. */
export interface HashCost {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

// The library's defaults (64 MiB, 3 passes, 4 lanes): about 50-100 ms on an office PC, slow
// enough against guessing, fast enough for a login.
export const PRODUCTION_COST: HashCost = { memoryCost: 65_536, timeCost: 3, parallelism: 4 };
// The test suite logs in some thousand times; at the production cost that alone is minutes of
// CI. Tests check what the hash protects (right and wrong passwords, timing of unknown users),
// not argon2's strength, so under NODE_ENV=test the hashes are made cheap. A hash records its
// own cost, so verifying always uses the cost the hash was made with.
const TEST_COST: HashCost = { memoryCost: 1_024, timeCost: 1, parallelism: 1 };

export function hashCost(env: NodeJS.ProcessEnv = process.env): HashCost {
  return env.NODE_ENV === 'test' ? TEST_COST : PRODUCTION_COST;
}

export function hashPassword(password: string, cost: HashCost = hashCost()): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, ...cost });
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
