import type { SchemeFigures } from '@vatra/core';
import { renderOfficialDocument, type DocumentSection } from '../../../pdf/document.js';
import type { Paper } from '../../../pdf/paper.js';
import {
  FIGURE_GROUPS,
  dateText,
  figureText,
  hasActivity,
  moneyText,
  periodText,
  reportT,
  schemeLabel,
  type ReportT,
  type SchemeReportInput,
} from './labels.js';

// The quarterly scheme report as an official document (pdf/document.ts: letterhead, tables that
// repeat their header on every page, page numbers, DejaVu fonts for ë ç č ć đ š ž). The tables
// print the schemes that had any activity; the others are named in one line, so twenty rows of
// zeros do not hide the ones that matter. The XLSX has every scheme.

export async function renderSchemeReportPdf(input: SchemeReportInput): Promise<Paper> {
  const { data, language } = input;
  const t = reportT(language);
  const active = data.schemes.filter(hasActivity);
  const idle = data.schemes.filter((row) => !hasActivity(row));
  const pdf = await renderOfficialDocument({
    locale: language,
    header: {
      country: input.countryName,
      institution: t('issuer'),
      municipality: t('municipalityOf', { name: data.municipality.name[language] }),
    },
    title: `${t('title')} — ${t('periodName', { quarter: data.period.quarter, year: data.period.year })}`,
    date: data.generatedAt,
    sections: [
      summary(input, t),
      ...(['requests', 'appeals', 'execution', 'costs'] as const).map((group) => ({
        heading: t(`sections.${group}`),
        table: figureTable(input, t, FIGURE_GROUPS[group], active),
      })),
      ...(idle.length
        ? [
            {
              paragraphs: [
                t('noActivity', { schemes: idle.map((row) => schemeLabel(input, row)).join(', ') }),
              ],
            },
          ]
        : []),
      requestList(input, t),
      receivedNothing(input, t),
      recommendations(input, t),
    ],
    footer: `${t('issuer')} — ${data.municipality.name[language]}`,
  });
  const { year, quarter } = data.period;
  return {
    fileName: `${data.municipality.code}-${year}-Q${quarter}-${language}.pdf`,
    pdf,
    locale: language,
  };
}

const SUMMARY_FIGURES: readonly (keyof SchemeFigures)[] = [
  'requestsFiled',
  'approved',
  'partlyApproved',
  'rejected',
  'pendingOverdue',
  'appealsFiled',
  'executionsCompleted',
  'benefitsCount',
  'benefitAmount',
];

function summary(input: SchemeReportInput, t: ReportT): DocumentSection {
  const { data } = input;
  const running = data.period.asOf < data.period.to;
  return {
    heading: t('sections.summary'),
    fields: [
      { label: t('fields.municipality'), value: data.municipality.name[input.language] },
      { label: t('fields.period'), value: periodText(input) },
      { label: t('fields.asOf'), value: dateText(input, data.period.asOf) },
      { label: t('fields.currency'), value: data.currency },
      ...SUMMARY_FIGURES.map((key) => ({
        label: t(`columns.${key}`),
        value: figureText(input, key, data.totals[key]),
      })),
    ],
    paragraphs: [
      ...(running ? [t('running', { date: dateText(input, data.period.asOf) })] : []),
      t('counting'),
    ],
  };
}

function figureTable(
  input: SchemeReportInput,
  t: ReportT,
  keys: readonly (keyof SchemeFigures)[],
  rows: SchemeReportInput['data']['schemes'],
) {
  const line = (label: string, figures: SchemeFigures) => [
    label,
    ...keys.map((key) => figureText(input, key, figures[key])),
  ];
  return {
    columns: [t('columns.scheme'), ...keys.map((key) => t(`short.${key}`))],
    rows: [...rows.map((row) => line(schemeLabel(input, row), row)), line(t('total'), input.data.totals)],
  };
}

function requestList(input: SchemeReportInput, t: ReportT): DocumentSection {
  const { requests } = input.data;
  if (requests.length === 0) return { heading: t('sections.requestList'), paragraphs: [t('empty.requests')] };
  return {
    heading: t('sections.requestList'),
    table: {
      columns: [
        t('columns.request'),
        t('columns.person'),
        t('columns.scheme'),
        t('columns.decision'),
        t('columns.execution'),
      ],
      rows: requests.map((row) => [
        `${row.requestNumber}\n${row.caseNumber}`,
        row.person.name,
        schemeLabel(input, row),
        [
          row.decisionOutcome && row.decidedOn
            ? `${t(`outcome.${row.decisionOutcome}`)}, ${dateText(input, row.decidedOn)}`
            : t(`status.${row.status}`),
          row.approvedAmount !== null ? moneyText(input, row.approvedAmount) : '',
          row.appealOutcome ? `${t('columns.appeal')}: ${t(`appealOutcome.${row.appealOutcome}`)}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
        [
          row.executionStatus ? t(`executionStatus.${row.executionStatus}`) : '',
          row.completedOn ? dateText(input, row.completedOn) : '',
          row.benefitOn
            ? `${t('columns.benefitAmount')}: ${row.benefitAmount !== null ? moneyText(input, row.benefitAmount) : dateText(input, row.benefitOn)}`
            : '',
        ]
          .filter(Boolean)
          .join('\n') || '—',
      ]),
    },
  };
}

function receivedNothing(input: SchemeReportInput, t: ReportT): DocumentSection {
  const { count, items } = input.data.receivedNothing;
  const heading = t('sections.receivedNothing');
  const intro = t('receivedNothingCount', { count, date: dateText(input, input.data.generatedAt) });
  if (count === 0) return { heading, paragraphs: [intro, t('empty.receivedNothing')] };
  return {
    heading,
    paragraphs: [intro, ...(items.some((item) => item.person.masked) ? [t('maskedNote')] : [])],
    table: {
      columns: [t('columns.case'), t('columns.person'), t('columns.birthYear')],
      rows: items.map((item) => [
        item.caseNumber,
        item.person.name,
        item.birthYear === null ? '—' : String(item.birthYear),
      ]),
    },
  };
}

function recommendations(input: SchemeReportInput, t: ReportT): DocumentSection {
  const current = input.data.recommendations.filter((item) => item.current);
  const heading = t('sections.recommendations');
  if (current.length === 0) return { heading, paragraphs: [t('empty.recommendations')] };
  return {
    heading,
    paragraphs: current.flatMap((item) => [
      `${schemeLabel(input, item)}: ${item.text}`,
      `(${t('enteredBy', { name: item.enteredBy.name, date: dateText(input, item.enteredAt) })})`,
    ]),
  };
}
