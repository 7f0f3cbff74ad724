import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const held = globalThis.__BUNDLED_TEST_NEO4J__;
  if (!held) return;
  await held.db.stop();
  fs.rmSync(held.dir, { recursive: true, force: true });
  globalThis.__BUNDLED_TEST_NEO4J__ = undefined;
}
