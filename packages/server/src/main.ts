import { readSettings } from './settings.js';

// The database engine starts (PGlite compiles its WebAssembly) while the HTTP layer's modules
// load: the two take about as long as each other, so overlapping them shortens every start.
async function main(): Promise<void> {
  const settings = readSettings();
  const booting = import('./boot.js').then(({ boot }) => boot(settings));
  const { buildApp } = await import('./http/app.js');
  const { db, countries, forms, plans } = await booting;
  const app = await buildApp({ db, settings, countries, forms, plans });
  const stop = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port: settings.port, host: settings.host });
  app.log.info(
    `Vatra is serving on http://localhost:${settings.port} (${db.engine}${settings.demo ? ', demo data' : ''})`,
  );
}
main().catch((error: unknown) => {
  // Configuration and migration errors name the file and field; print them plainly and stop.
  console.error(`Vatra could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
