import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REPORT_PERIODS, analysisBody, type ActionPlanDetail } from '@vatra/core';
import { api, buildUrl } from '../../api/client';
import { FormActions } from '../../components/FormModal';
import { button, card, dateInput, grid, layout, text } from '../../components/presets';
import { FormError, PageLoader, QueryError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { planPath, usePlanAnalyses } from './data';
import { defaultYear, periodYears } from './display';
import { usePlanWrite } from './write';

type Period = (typeof REPORT_PERIODS)[number];
const REPORT_LANGUAGES = ['sq', 'sr', 'en'] as const;
type ReportLanguage = (typeof REPORT_LANGUAGES)[number];
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
const QUARTERS = [1, 2, 3, 4] as const;
const PRE = { style: { whiteSpace: 'pre-wrap' } } as const;

/** The monitoring report to download, and the monitoring team's analytical reports to the Mayor. */
export function ReportsTab({ plan }: { plan: ActionPlanDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const canExport = hasScope(me, 'report.export');
  const canWrite = hasScope(me, 'plan.edit');
  return (
    <Stack>
      {canExport && <ReportDownload plan={plan} />}
      <Title order={3}>{t('actionPlans.analyses.title')}</Title>
      <Text {...text.muted}>{t('actionPlans.analyses.intro')}</Text>
      {canWrite && <AnalysisForm plan={plan} />}
      <AnalysisList planId={plan.id} />
    </Stack>
  );
}

function ReportDownload({ plan }: { plan: ActionPlanDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [period, setPeriod] = useState<Period>('quarter');
  const [year, setYear] = useState(String(defaultYear(plan.period)));
  const [part, setPart] = useState('1');
  const [lang, setLang] = useState<ReportLanguage>(format.locale === 'sr-Cyrl' ? 'sr' : format.locale);
  const link = (kind: 'pdf' | 'xlsx') =>
    buildUrl(`${planPath(plan.id)}/report`, {
      period,
      year,
      part: period === 'year' ? undefined : part,
      format: kind,
      lang,
    });
  const parts =
    period === 'month'
      ? MONTHS.map((m) => ({ value: String(m), label: t(`actionPlans.reports.months.m${m}`) }))
      : QUARTERS.map((q) => ({
          value: String(q),
          label: t('actionPlans.reports.quarterN', { n: String(q) }),
        }));

  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Text {...text.cardTitle}>{t('actionPlans.reports.title')}</Text>
        <Text {...text.muted} size="sm">
          {t('actionPlans.reports.intro')}
        </Text>
        <Group gap="md" align="flex-end" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('actionPlans.reports.period')}
            </Text>
            <SegmentedControl
              value={period}
              onChange={(value) => {
                const next = REPORT_PERIODS.find((item) => item === value) ?? 'quarter';
                setPeriod(next);
                setPart('1');
              }}
              data={REPORT_PERIODS.map((value) => ({
                value,
                label: t(`actionPlans.reports.periods.${value}`),
              }))}
            />
          </Stack>
          <Select
            w={110}
            label={t('actionPlans.reports.year')}
            data={periodYears(plan.period).map(String)}
            value={year}
            allowDeselect={false}
            onChange={(value) => value && setYear(value)}
          />
          {period !== 'year' && (
            <Select
              w={150}
              label={period === 'month' ? t('actionPlans.reports.month') : t('actionPlans.reports.quarter')}
              data={parts}
              value={part}
              allowDeselect={false}
              onChange={(value) => value && setPart(value)}
            />
          )}
          <Select
            w={150}
            label={t('actionPlans.reports.language')}
            data={REPORT_LANGUAGES.map((value) => ({ value, label: t(`actionPlans.languages.${value}`) }))}
            value={lang}
            allowDeselect={false}
            onChange={(value) => setLang(REPORT_LANGUAGES.find((item) => item === value) ?? lang)}
          />
          <Group gap="xs">
            <Button component="a" href={link('pdf')} download>
              {t('actionPlans.reports.pdf')}
            </Button>
            <Button {...button.secondary} component="a" href={link('xlsx')} download>
              {t('actionPlans.reports.xlsx')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}

function AnalysisForm({ plan }: { plan: ActionPlanDetail }) {
  const { t } = useTranslation();
  const write = usePlanWrite(plan.id);
  const year = defaultYear(plan.period);
  const initial = {
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    challenges: '',
    recommendations: '',
  };
  const form = useFormState(initial);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: analysisBody,
      body: form.values,
      send: (checked) => api.post(`${planPath(plan.id)}/analyses`, checked),
      notice: t('actionPlans.analyses.done'),
      onDone: () => form.reset(initial),
    });
  };

  return (
    <Paper {...card}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={form.formError} />
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} {...grid.fields}>
            <TextInput
              {...dateInput}
              label={t('actionPlans.analyses.periodStart')}
              required
              {...form.fields.periodStart}
            />
            <TextInput
              {...dateInput}
              label={t('actionPlans.analyses.periodEnd')}
              required
              {...form.fields.periodEnd}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} {...grid.fields}>
            <Textarea
              label={t('actionPlans.analyses.challenges')}
              autosize
              minRows={4}
              required
              {...form.fields.challenges}
            />
            <Textarea
              label={t('actionPlans.analyses.recommendations')}
              autosize
              minRows={4}
              required
              {...form.fields.recommendations}
            />
          </SimpleGrid>
          <FormActions
            busy={write.busy}
            onCancel={() => form.reset(initial)}
            submitLabel={t('actionPlans.analyses.submit')}
          />
        </Stack>
      </form>
    </Paper>
  );
}

function AnalysisList({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const analyses = usePlanAnalyses(planId);
  if (analyses.isPending) return <PageLoader height={120} />;
  if (analyses.error) return <QueryError error={analyses.error} onRetry={() => void analyses.refetch()} />;
  return (
    <Stack gap="sm">
      <Text {...text.overline}>{t('actionPlans.analyses.earlier')}</Text>
      {analyses.data.length === 0 && <Text {...text.muted}>{t('actionPlans.analyses.none')}</Text>}
      {analyses.data.map((item) => (
        <Paper key={item.id} {...card}>
          <Stack gap="xs">
            <Group {...layout.spread} wrap="wrap">
              <Text fw={600}>
                {t('actionPlans.analyses.period', {
                  from: format.date(item.periodStart),
                  to: format.date(item.periodEnd),
                })}
              </Text>
              <Text {...text.caption}>
                {t('actionPlans.analyses.writtenBy', {
                  name: item.writtenBy?.name ?? t('actionPlans.versions.unknownUser'),
                  date: format.dateTime(item.writtenAt),
                })}
              </Text>
            </Group>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <div>
                <Text {...text.overline}>{t('actionPlans.analyses.challenges')}</Text>
                <Text size="sm" {...PRE}>
                  {item.challenges}
                </Text>
              </div>
              <div>
                <Text {...text.overline}>{t('actionPlans.analyses.recommendations')}</Text>
                <Text size="sm" {...PRE}>
                  {item.recommendations}
                </Text>
              </div>
            </SimpleGrid>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
