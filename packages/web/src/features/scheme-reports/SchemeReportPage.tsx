import { useState } from 'react';
import { Button, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SCHEME_REPORT_LANGUAGES, type Catalog, type SchemeReportData } from '@vatra/core';
import { button, card, layout, text } from '../../components/presets';
import { EmptyState, PageHeader, PageLoader, QueryError } from '../../components/ui';
import { thisQuarter } from '../../lib/dates';
import { useFormat } from '../../lib/locale';
import { RecommendationsCard } from './RecommendationsCard';
import { PeopleTables, SchemeTable } from './ReportTables';
import { reportFileUrl, useReportPlaces, useSchemeReport, type ReportChoice } from './data';

type Language = (typeof SCHEME_REPORT_LANGUAGES)[number];

/** Reports › scheme report: a municipality's quarter on screen, as PDF and XLSX, and the ZKKK's recommendations. */
export function SchemeReportPage() {
  const { t } = useTranslation();
  const places = useReportPlaces();
  const format = useFormat();
  const now = thisQuarter();
  const [place, setPlace] = useState<string | null>(null);
  const [year, setYear] = useState(now.year);
  const [quarter, setQuarter] = useState(now.quarter);
  const [lang, setLang] = useState<Language>(format.locale === 'sr-Cyrl' ? 'sr' : format.locale);

  if (places.isPending) return <PageLoader />;
  if (places.error) return <QueryError error={places.error} onRetry={() => void places.refetch()} />;
  const jurisdiction = place ?? places.data[0]?.code ?? null;
  const choice: ReportChoice | null = jurisdiction ? { jurisdiction, year, quarter } : null;
  // A quarter not yet begun has nothing to report: the choice stops at the current one.
  const quarters = [1, 2, 3, 4].filter((q) => year < now.year || q <= now.quarter);
  const years = [0, 1, 2, 3, 4].map((back) => now.year - back);

  return (
    <Stack {...layout.page}>
      <PageHeader title={t('schemeReports.title')} description={t('schemeReports.intro')} />
      {places.data.length === 0 ? (
        <EmptyState title={t('schemeReports.noPlaces')} />
      ) : (
        <Paper {...card}>
          <Group gap="md" align="flex-end" wrap="wrap">
            <Select
              w={220}
              label={t('schemeReports.municipality')}
              data={places.data.map((item) => ({ value: item.code, label: format.name(item.name) }))}
              value={jurisdiction}
              allowDeselect={false}
              searchable
              onChange={(value) => value && setPlace(value)}
            />
            <Select
              w={110}
              label={t('schemeReports.year')}
              data={years.map(String)}
              value={String(year)}
              allowDeselect={false}
              onChange={(value) => {
                if (!value) return;
                setYear(Number(value));
                if (Number(value) === now.year && quarter > now.quarter) setQuarter(now.quarter);
              }}
            />
            <Select
              w={150}
              label={t('schemeReports.quarter')}
              data={quarters.map((q) => ({
                value: String(q),
                label: t('schemeReports.quarterN', { n: String(q) }),
              }))}
              value={String(quarter)}
              allowDeselect={false}
              onChange={(value) => value && setQuarter(Number(value))}
            />
            <Select
              w={150}
              label={t('schemeReports.language')}
              data={SCHEME_REPORT_LANGUAGES.map((value) => ({
                value,
                label: t(`schemeReports.languages.${value}`),
              }))}
              value={lang}
              allowDeselect={false}
              onChange={(value) => setLang(SCHEME_REPORT_LANGUAGES.find((item) => item === value) ?? lang)}
            />
            {choice && (
              <Group gap="xs">
                <Button component="a" href={reportFileUrl(choice, 'pdf', lang)} download>
                  {t('schemeReports.pdf')}
                </Button>
                <Button
                  {...button.secondary}
                  component="a"
                  href={reportFileUrl(choice, 'xlsx', lang)}
                  download
                >
                  {t('schemeReports.xlsx')}
                </Button>
              </Group>
            )}
          </Group>
        </Paper>
      )}
      {choice && <Report choice={choice} />}
    </Stack>
  );
}

function Report({ choice }: { choice: ReportChoice }) {
  const report = useSchemeReport(choice);
  if (report.isPending) return <PageLoader />;
  if (report.error) return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  return (
    <>
      <Summary data={report.data} />
      <SchemeTable data={report.data} />
      <PeopleTables data={report.data} />
      <RecommendationsCard data={report.data} choice={choice} />
    </>
  );
}

function Summary({ data }: { data: SchemeReportData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const totals = data.totals;
  const money = (value: number) => `${format.number(value)} ${data.currency === 'EUR' ? '€' : 'ALL'}`;
  const figures: [keyof Catalog['web']['schemeReports']['summary'], string][] = [
    ['filed', format.number(totals.requestsFiled)],
    ['decided', format.number(totals.approved + totals.partlyApproved + totals.rejected)],
    ['appeals', format.number(totals.appealsFiled)],
    ['completed', format.number(totals.executionsCompleted)],
    ['benefits', format.number(totals.benefitsCount)],
    ['benefitAmount', money(totals.benefitAmount)],
    ['receivedNothing', format.number(data.receivedNothing.count)],
  ];
  return (
    <Stack gap="xs">
      <Text {...text.muted}>
        {t('schemeReports.period', {
          from: format.date(data.period.from),
          asOf: format.date(data.period.asOf),
        })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }}>
        {figures.map(([key, value]) => (
          <Paper key={key} {...card}>
            <Text {...text.caption}>{t(`schemeReports.summary.${key}`)}</Text>
            {/* One line: a wrapped "10 020 €" leaves the € on its own line. */}
            <Text fw={700} size="xl" style={{ whiteSpace: 'nowrap' }}>
              {value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
