import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NEEDS_COLUMNS, NEEDS_IMPORT_KINDS, type NeedsImportKind } from '@vatra/core';
import { isApiError } from '../../api/client';
import { useNotify } from '../../components/notifications';
import { badge, card, layout, text, tone } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import {
  FILE_FORMATS,
  fileContent,
  listText,
  needsFileUrl,
  useImportNeeds,
  useNeedsImports,
  useNeedsVocabulary,
} from './data';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function Downloads({
  municipality,
  kind,
  sample,
}: {
  municipality: string;
  kind: NeedsImportKind;
  sample: boolean;
}) {
  const { t } = useTranslation();
  const links = (['template', 'sample'] as const).map((what) => (
    <Group key={what} gap="xs">
      <Text size="sm" fw={600}>
        {t(`needsAnalysis.import.${what}`)}
      </Text>
      {FILE_FORMATS.map((format) => (
        <Anchor key={format} size="sm" href={needsFileUrl(what, { municipality, kind, format })} download>
          {t(format === 'csv' ? 'needsAnalysis.import.downloadCsv' : 'needsAnalysis.import.downloadXlsx')}
        </Anchor>
      ))}
    </Group>
  ));
  return <Group gap="xl">{sample ? links : links.slice(0, 1)}</Group>;
}

/** Import a file (with every problem by sheet, row and column), templates, and the import history. */
export function ImportPanel({ municipality, canEdit }: { municipality: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const send = useImportNeeds();
  const imports = useNeedsImports(municipality);
  const vocabulary = useNeedsVocabulary(municipality);
  const [kind, setKind] = useState<NeedsImportKind>('population');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<[string, string][]>([]);

  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setProblems([]);
    try {
      const { format: fileFormat, content } = await fileContent(file);
      const result = await send({ municipality, kind, format: fileFormat, fileName: file.name, content });
      notify(t('needsAnalysis.import.done', { rows: result.rows }));
      setFile(null);
    } catch (cause) {
      if (isApiError(cause)) {
        setError(cause.message);
        setProblems(Object.entries(cause.fields));
      } else setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <Paper {...card}>
        <Stack {...layout.section}>
          <Text {...text.cardTitle}>{t('needsAnalysis.import.title')}</Text>
          <Text size="sm">{t('needsAnalysis.import.help')}</Text>
          <SegmentedControl
            value={kind}
            onChange={(value) => setKind(value as NeedsImportKind)}
            data={NEEDS_IMPORT_KINDS.map((value) => ({
              value,
              label: t(`needsAnalysis.import.kinds.${value}`),
            }))}
          />
          <Text {...text.caption}>
            {t('needsAnalysis.import.columns', { columns: listText(NEEDS_COLUMNS[kind]) })}
          </Text>
          {vocabulary.data && kind === 'population' && (
            <Text {...text.caption}>
              {t('needsAnalysis.import.allowedBands', { bands: listText(vocabulary.data.ageBands) })}
            </Text>
          )}
          {vocabulary.data && kind === 'staff' && (
            <Text {...text.caption}>
              {t('needsAnalysis.import.allowedRoles', {
                roles: listText(vocabulary.data.roles.map((role) => role.code)),
              })}
            </Text>
          )}
          {vocabulary.data && kind === 'administrative' && (
            <Text {...text.caption}>
              {t('needsAnalysis.import.allowedMeasures', {
                measures: listText(vocabulary.data.measures.map((measure) => measure.code)),
              })}
            </Text>
          )}
          <Downloads
            municipality={municipality}
            kind={kind}
            sample={vocabulary.data?.samples.includes(kind) ?? false}
          />
          {canEdit && (
            <Group {...layout.inputWithButton}>
              <FileInput
                flex={1}
                label={t('needsAnalysis.import.file')}
                placeholder={t('needsAnalysis.import.filePlaceholder')}
                accept={ACCEPT}
                clearable
                value={file}
                onChange={setFile}
              />
              <Button loading={busy} disabled={!file} onClick={() => void submit()}>
                {t('needsAnalysis.import.submit')}
              </Button>
            </Group>
          )}
          <FormError message={error} />
          {problems.length > 0 && (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={200}>{t('needsAnalysis.import.place')}</Table.Th>
                  <Table.Th>{t('needsAnalysis.import.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {problems.map(([place, message]) => (
                  <Table.Tr key={place}>
                    <Table.Td>
                      <Text size="sm" ff="monospace" c={tone.danger}>
                        {place}
                      </Text>
                    </Table.Td>
                    <Table.Td>{message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Paper>
      {imports.data && imports.data.length > 0 && (
        <Paper {...card}>
          <Text {...text.cardTitle} mb="xs">
            {t('needsAnalysis.import.history')}
          </Text>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('needsAnalysis.import.fileName')}</Table.Th>
                <Table.Th>{t('needsAnalysis.import.kind')}</Table.Th>
                <Table.Th>{t('needsAnalysis.import.years')}</Table.Th>
                <Table.Th ta="right">{t('needsAnalysis.import.rows')}</Table.Th>
                <Table.Th>{t('needsAnalysis.import.importedBy')}</Table.Th>
                <Table.Th>{t('needsAnalysis.import.importedAt')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {imports.data.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{entry.fileName}</Table.Td>
                  <Table.Td>{t(`needsAnalysis.import.kinds.${entry.kind}`)}</Table.Td>
                  <Table.Td>{listText(entry.years.map(String))}</Table.Td>
                  <Table.Td ta="right">{entry.rows}</Table.Td>
                  <Table.Td>{entry.importedBy}</Table.Td>
                  <Table.Td>{format.dateTime(entry.importedAt)}</Table.Td>
                  <Table.Td>
                    <Badge
                      {...(entry.status === 'current' ? { color: tone.success } : badge.neutral)}
                      variant="light"
                    >
                      {t(`needsAnalysis.import.status.${entry.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
