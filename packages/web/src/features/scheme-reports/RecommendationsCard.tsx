import { useState, type FormEvent } from 'react';
import { Badge, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SchemeReportData } from '@vatra/core';
import { card, layout, text } from '../../components/presets';
import { useFormat } from '../../lib/locale';
import { useEnterRecommendation, type ReportChoice } from './data';

const GENERAL = '';
const PRE = { style: { whiteSpace: 'pre-wrap' } } as const;

/** The ZKKK's recommendations for the quarter; its officers enter them here (a new version supersedes). */
export function RecommendationsCard({ data, choice }: { data: SchemeReportData; choice: ReportChoice }) {
  const { t } = useTranslation();
  const format = useFormat();
  const schemeName = (code: string | null) => {
    if (code === null) return t('schemeReports.recommendations.general');
    const found = data.schemes.find((row) => row.schemeCode === code);
    return found?.schemeName ? format.name(found.schemeName) : code;
  };
  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Title order={3}>{t('schemeReports.recommendations.title')}</Title>
        {data.recommendations.length === 0 && (
          <Text {...text.muted}>{t('schemeReports.recommendations.none')}</Text>
        )}
        {data.recommendations.map((item) => (
          <Stack key={item.id} gap={4} opacity={item.current ? 1 : 0.6}>
            <Group gap="xs">
              <Text fw={600}>{schemeName(item.schemeCode)}</Text>
              <Badge variant="light" color={item.current ? 'teal' : 'gray'}>
                {t('schemeReports.recommendations.version', { version: String(item.version) })}
              </Badge>
              {!item.current && <Text {...text.caption}>{t('schemeReports.recommendations.earlier')}</Text>}
            </Group>
            <Text size="sm" {...PRE}>
              {item.text}
            </Text>
            <Text {...text.caption}>
              {t('schemeReports.recommendations.enteredBy', {
                name: item.enteredBy.name,
                date: format.dateTime(item.enteredAt),
              })}
            </Text>
          </Stack>
        ))}
        {data.canRecommend && <RecommendationForm data={data} choice={choice} schemeName={schemeName} />}
      </Stack>
    </Paper>
  );
}

function RecommendationForm({
  data,
  choice,
  schemeName,
}: {
  data: SchemeReportData;
  choice: ReportChoice;
  schemeName: (code: string | null) => string;
}) {
  const { t } = useTranslation();
  const enter = useEnterRecommendation(choice);
  const [subject, setSubject] = useState(GENERAL);
  const [body, setBody] = useState('');
  const schemeCode = subject === GENERAL ? null : subject;
  const current = data.recommendations.find((item) => item.current && item.schemeCode === schemeCode);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    enter.mutate(
      { schemeCode, text: body, version: current?.version ?? 0 },
      { onSuccess: () => setBody('') },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label={t('schemeReports.recommendations.subject')}
          data={[
            { value: GENERAL, label: schemeName(null) },
            ...data.schemes.map((row) => ({ value: row.schemeCode, label: schemeName(row.schemeCode) })),
          ]}
          value={subject}
          allowDeselect={false}
          searchable
          onChange={(value) => setSubject(value ?? GENERAL)}
        />
        <Textarea
          label={t('schemeReports.recommendations.text')}
          description={current ? t('schemeReports.recommendations.replaces') : undefined}
          autosize
          minRows={3}
          required
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={enter.isPending} disabled={body.trim() === ''}>
            {t('schemeReports.recommendations.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
