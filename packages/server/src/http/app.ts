import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import type { CountryConfig, FormDefinition, PlanFile } from '@vatra/core';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
} from 'fastify-type-provider-zod';
import type { Db } from '../db/open.js';
import type { Settings } from '../settings.js';
import { registerAccessHook } from './access-hook.js';
import type { RouteAccess } from './route-access.js';
import { HttpError } from './errors.js';
import { registerRoutes } from './routes.js';
import { fieldProblems, validatorCompiler } from './validation.js';
import { ASSETS_PREFIX, webFilesOptions } from './web-files.js';
import { WEB_DIST } from '../paths.js';

export { WEB_DIST };

type SchemaControllerOptions = NonNullable<FastifyServerOptions['schemaController']>;
type CompilersFactory = NonNullable<SchemaControllerOptions['compilersFactory']>;

/** Fastify's compiler factories, answering with the zod compilers whatever the schema. */
const ZOD_COMPILERS: SchemaControllerOptions = {
  compilersFactory: {
    // The factories' declared types are ajv's; fastify only calls what they return.
    buildValidator: (() => validatorCompiler) as unknown as CompilersFactory['buildValidator'],
    buildSerializer: (() => serializerCompiler) as unknown as CompilersFactory['buildSerializer'],
  },
};

export interface AppDeps {
  db: Db;
  settings: Settings;
  countries: CountryConfig[];
  /** Form definitions (FVN, anamnesis, monitoring, …) of the configured countries. */
  forms: FormDefinition[];
  /** Municipal action plans (plans/*.json). */
  plans: PlanFile[];
}

/** An API route as declared: method, URL and what it requires. */
export interface DeclaredOperation {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    operations: DeclaredOperation[];
  }
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: deps.settings.logLevel },
    trustProxy: deps.settings.trustProxy,
    bodyLimit: 1_048_576,
    // Every schema is zod (set again below for clarity): naming the compilers here keeps fastify
    // from loading its default JSON-schema ones (ajv, fast-json-stringify), a tenth of a start.
    schemaController: ZOD_COMPILERS,
  });
  app.decorate('deps', deps);
  const operations: DeclaredOperation[] = [];
  app.decorate('operations', operations);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.method === 'HEAD') return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) operations.push({ method, url: route.url, access: route.config?.access });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine injects its CSS variables in a style tag.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: deps.settings.trustProxy,
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vatra API',
        version: '0.1.0',
        description:
          'Case management, social care and municipal action plans. Errors have one shape: {error:{code,message,fields?}}.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'vatra_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  registerAccessHook(app, deps.db, deps.settings);
  app.setErrorHandler((error, request, reply) => {
    const locale = request.access?.locale ?? 'sq';
    if (error instanceof HttpError) return reply.code(error.status).send(error.body(locale));
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        ...(v.params as Record<string, unknown>),
        code: v.keyword,
        message: v.message ?? '',
        path: (v.instancePath ?? '').split('/').filter(Boolean),
      }));
      const problem = new HttpError(400, 'validation', 'server.errors.validation', {}, fieldProblems(issues));
      return reply.code(400).send(problem.body(locale));
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status === 413)
      return reply.code(413).send(new HttpError(413, 'too_large', 'server.errors.tooLarge').body(locale));
    if (status >= 400 && status < 500) {
      return reply
        .code(status)
        .send(new HttpError(status, 'bad_request', 'server.errors.badRequest').body(locale));
    }
    request.log.error(error);
    return reply.code(500).send(new HttpError(500, 'internal', 'server.errors.internal').body(locale));
  });
  app.setNotFoundHandler((request, reply) => {
    // A page's code missing after a rebuild is a 404, not the app's page: the browser's import
    // fails and the web app says to reload (components/RouteError.tsx).
    const missing = request.url.startsWith('/api/') || request.url.startsWith(ASSETS_PREFIX);
    if (missing || !existsSync(`${WEB_DIST}index.html`)) {
      return reply
        .code(404)
        .send(new HttpError(404, 'not_found', 'server.errors.notFound').body(request.access?.locale ?? 'sq'));
    }
    // Client-side routes of the single-page app.
    return reply.type('text/html').sendFile('index.html');
  });

  await registerRoutes(app);
  app.get('/api/openapi.json', { config: { access: { public: true } }, schema: { hide: true } }, () =>
    app.swagger(),
  );

  if (existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, webFilesOptions(WEB_DIST));
  }
  return app;
}
