import { Anchor, Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { FormDefinition } from '@vatra/core';
import { api, isApiError } from '../../api/client';
import { keys } from '../../api/queries';
import { badge, layout, recordPath, text } from '../../components/presets';
import { PageHeader, PageLoader, QueryError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { KNOWN_FORM_KEYS } from './formKeys';

const TABLE_MIN_WIDTH = 640;

/** Administration › Forms: the form definitions of the user's country, each with a preview. */
export function FormsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const forms = useQueries({
    queries: KNOWN_FORM_KEYS.map((key) => ({
      queryKey: keys.form(key),
      queryFn: () => api.get<FormDefinition>(`/api/forms/${key}`),
      retry: false,
      staleTime: 5 * 60 * 1000,
    })),
  });

  return (
    <Stack {...layout.page}>
      <PageHeader title={t('formRenderer.admin.title')} description={t('formRenderer.admin.intro')} />
      <Paper>
        <Table.ScrollContainer minWidth={TABLE_MIN_WIDTH}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('formRenderer.admin.columns.form')}</Table.Th>
                <Table.Th w={140}>{t('formRenderer.admin.columns.key')}</Table.Th>
                <Table.Th w={100}>{t('formRenderer.admin.columns.version')}</Table.Th>
                <Table.Th w={110}>{t('formRenderer.admin.columns.sections')}</Table.Th>
                <Table.Th w={110}>{t('formRenderer.admin.columns.fields')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {KNOWN_FORM_KEYS.map((key, index) => {
                const query = forms[index];
                const definition = query?.data;
                return (
                  <Table.Tr key={key}>
                    <Table.Td>
                      {query?.isPending && <PageLoader height={32} />}
                      {definition && (
                        <>
                          <Anchor component={Link} to={recordPath.form(key)} fw={600}>
                            {format.name(definition.title)}
                          </Anchor>
                          {definition.description && (
                            <Text {...text.caption} lineClamp={2}>
                              {format.name(definition.description)}
                            </Text>
                          )}
                        </>
                      )}
                      {query?.error &&
                        (isApiError(query.error, 404) ? (
                          <Text {...text.muted}>{t('formRenderer.admin.missing')}</Text>
                        ) : (
                          <QueryError error={query.error} onRetry={() => void query.refetch()} />
                        ))}
                    </Table.Td>
                    <Table.Td>
                      <Text className="vatra-mono">{key}</Text>
                    </Table.Td>
                    <Table.Td>
                      {definition && <Badge {...badge.neutral}>{definition.version}</Badge>}
                    </Table.Td>
                    <Table.Td>{definition && format.number(definition.sections.length)}</Table.Td>
                    <Table.Td>
                      {definition &&
                        format.number(
                          definition.sections.reduce((sum, section) => sum + section.fields.length, 0),
                        )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
