import { useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Catalog, PersonHistoryItem } from '@vatra/core';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import { button, card, layout, recordPath, text } from '../../components/presets';
import { PageLoader, QueryError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { useCodeNames } from './vocab';

type RecordKind = keyof Catalog['web']['registry']['history']['kinds'];
type CaseEventKind = keyof Catalog['web']['cases']['timeline']['events'];
type FieldKey = keyof Catalog['web']['registry']['fields'];
type HistoryFieldKey = keyof Catalog['web']['registry']['history']['fields'];

/** How many entries show before "Show all". */
const FIRST = 8;
const BULLET = { bulletSize: 14, lineWidth: 2 } as const;

/** Catalog prefixes of the closed vocabularies a changed value may be a code of. */
const VOCABULARY: Record<string, string> = {
  gender: 'registry.genders',
  category: 'registry.categories',
  community: 'registry.communities',
  sensitivity: 'registry.sensitivities',
  relationToHead: 'registry.relations',
  vulnerability: 'registry.vulnerabilities',
};

export function usePersonHistory(id: string) {
  return useQuery({
    queryKey: [...keys.person(id), 'history'],
    queryFn: async () =>
      (await api.get<{ items: PersonHistoryItem[] }>(`/api/persons/${encodeURIComponent(id)}/history`)).items,
  });
}

/**
 * The record history of a person, newest first: who registered, changed or merged the record
 * (with the fields an edit changed, before → after) and the events of their cases.
 */
export function PersonHistory({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const names = useCodeNames();
  const history = usePersonHistory(personId);
  const [all, setAll] = useState(false);

  const kindLabel = (kind: string): string => {
    const own = `registry.history.kinds.${kind.replace(/\./g, '_')}`;
    if (i18n.exists(own)) return t(own as `registry.history.kinds.${RecordKind}`);
    const event = `cases.timeline.events.${kind.replace(/\./g, '_')}`;
    if (i18n.exists(event)) return t(event as `cases.timeline.events.${CaseEventKind}`);
    return kind;
  };

  const fieldLabel = (field: string): string => {
    const own = `registry.history.fields.${field}`;
    if (i18n.exists(own)) return t(own as `registry.history.fields.${HistoryFieldKey}`);
    const form = `registry.fields.${field}`;
    if (i18n.exists(form)) return t(form as `registry.fields.${FieldKey}`);
    return field;
  };

  /** One value as plain text: codes named, lists joined, nothing as a dash. */
  const valueText = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('registry.history.empty');
    if (Array.isArray(value)) {
      if (value.length === 0) return t('registry.history.empty');
      return value.map((item) => valueText(field, item)).join(', ');
    }
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'object') return documentText(value as Record<string, unknown>);
    const code = String(value);
    if (field === 'countryReturnedFrom') return names.country(code);
    if (field === 'languages') return names.language(code);
    const prefix = VOCABULARY[field];
    if (prefix && i18n.exists(`${prefix}.${code}`)) return String(t(`${prefix}.${code}` as never));
    return code;
  };

  /** An identity document: its type, its number, and whether the person holds it. */
  const documentText = (doc: Record<string, unknown>): string => {
    const type = typeof doc.type === 'string' ? doc.type : '';
    const typeKey = `registry.documents.${type}`;
    const parts = [i18n.exists(typeKey) ? String(t(typeKey as never)) : type];
    if (typeof doc.number === 'string' && doc.number) parts.push(doc.number);
    const text = parts.filter(Boolean).join(' ');
    if (typeof doc.held !== 'boolean') return text;
    return `${text} (${doc.held ? t('registry.person.held') : t('registry.person.missing')})`;
  };

  const changeLines = (item: PersonHistoryItem): string[] =>
    Object.entries(item.changes ?? {}).map(([field, [before, after]]) =>
      t('registry.history.change', {
        field: fieldLabel(field),
        before: valueText(field, before),
        after: valueText(field, after),
      }),
    );

  const who = (item: PersonHistoryItem): string =>
    item.actor
      ? item.institutionCode
        ? t('registry.history.by', { name: item.actor, institution: item.institutionCode })
        : item.actor
      : t('registry.history.system');

  let body;
  if (history.isPending) body = <PageLoader height={120} />;
  else if (history.error) body = <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  else if (history.data.length === 0) body = <Text {...text.muted}>{t('registry.history.none')}</Text>;
  else {
    const items = [...history.data].sort((a, b) => b.at.localeCompare(a.at));
    const shown = all ? items : items.slice(0, FIRST);
    body = (
      <>
        <Timeline {...BULLET} active={shown.length}>
          {shown.map((item, index) => {
            const lines = changeLines(item);
            return (
              <Timeline.Item key={`${item.at}-${item.kind}-${index}`} title={kindLabel(item.kind)}>
                <Stack gap={2}>
                  {item.case && (
                    <Anchor component={Link} to={recordPath.case(item.case.id)} size="sm">
                      {t('registry.history.openCase', { number: item.case.number })}
                    </Anchor>
                  )}
                  {lines.map((line) => (
                    <Text key={line} size="sm">
                      {line}
                    </Text>
                  ))}
                  <Text {...text.caption}>{`${format.dateTime(item.at)} · ${who(item)}`}</Text>
                </Stack>
              </Timeline.Item>
            );
          })}
        </Timeline>
        {items.length > FIRST && (
          <Group>
            <Button {...button.small} onClick={() => setAll(!all)}>
              {all ? t('registry.history.showFewer') : t('registry.history.showAll', { count: items.length })}
            </Button>
          </Group>
        )}
      </>
    );
  }

  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Stack gap={2}>
          <Title order={3}>{t('registry.history.title')}</Title>
          <Text {...text.caption}>{t('registry.history.intro')}</Text>
        </Stack>
        {body}
      </Stack>
    </Paper>
  );
}
