import { findFormDefinition, formDefinitionSchema } from '@vatra/core';
import { z } from 'zod';
import type { Api } from '../routes.js';
import { errors } from '../errors.js';
import { operation } from '../operation.js';

export function formRoutes(app: Api): void {
  app.route({
    method: 'GET',
    url: '/api/forms/:key',
    ...operation({
      operationId: 'getFormDefinition',
      tag: 'reference',
      summary:
        'A form definition of your country (FVN, anamnesis, monitoring); the newest unless a version is asked for',
      scope: null,
      schema: {
        params: z.object({
          key: z
            .string()
            .regex(/^[a-z][a-z0-9_-]*$/)
            .max(60),
        }),
        querystring: z.object({ version: z.coerce.number().int().min(1).optional() }),
        response: { 200: formDefinitionSchema },
      },
    }),
    handler: (request) => {
      const user = request.access.requireUser();
      const found = findFormDefinition(
        app.deps.forms,
        user.countryCode,
        request.params.key,
        request.query.version,
      );
      if (!found) throw errors.notFound();
      return found;
    },
  });
}
