import type { FormEvent } from 'react';
import { Badge, Checkbox, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { scoreBody, type CallRanking, type CallView, type RankingEntry } from '@vatra/core';
import { api } from '../../api/client';
import { FormActions } from '../../components/FormModal';
import { badge, card, layout, text, tone } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useWrite } from '../../lib/write';
import { callKeys } from './data';

interface ScoreValues {
  met: string[];
  note: string;
}

/**
 * Scoring one application: the officer ticks the manual criteria; the bonuses computed from the
 * case are shown, never ticked (the server computes them when the score is saved).
 */
export function ScoreForm({
  call,
  entry,
  onClose,
}: {
  call: CallView;
  entry: RankingEntry;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const form = useFormState<ScoreValues>({
    met: entry.breakdown.filter((line) => line.kind === 'manual' && line.met).map((line) => line.criterion),
    note: entry.note ?? '',
  });
  const met = form.values.met;
  const write = useWrite({
    saved: async (result) => {
      queryClient.setQueryData(callKeys.ranking(call.id), result as CallRanking);
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
    conflict: () => queryClient.invalidateQueries({ queryKey: callKeys.ranking(call.id) }),
    reloaded: '',
  });
  const manual = call.criteria.filter((criterion) => criterion.kind === 'manual');
  const computed = call.criteria.filter((criterion) => criterion.kind !== 'manual');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: scoreBody,
      body: {
        met,
        ...(form.values.note.trim() ? { note: form.values.note } : {}),
        version: entry.scoreVersion,
      },
      send: (body) =>
        api.post<CallRanking>(`/api/requests/${encodeURIComponent(entry.requestId)}/score`, body),
      notice: t('calls.saved.scored'),
      onDone: onClose,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <Text {...text.overline}>{t('calls.score.manual')}</Text>
        <Stack {...layout.section}>
          {manual.map((criterion) => (
            <Checkbox
              key={criterion.code}
              label={`${format.name(criterion.name)} · ${t('calls.criteria.points', { points: criterion.points })}`}
              checked={met.includes(criterion.code)}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                form.set(
                  'met',
                  checked ? [...met, criterion.code] : met.filter((code) => code !== criterion.code),
                );
              }}
            />
          ))}
          {form.fields.met.error && (
            <Text size="sm" c={tone.danger}>
              {form.fields.met.error}
            </Text>
          )}
        </Stack>
        {computed.length > 0 && (
          <Paper {...card}>
            <Stack {...layout.section}>
              <Text {...text.overline}>{t('calls.score.computed')}</Text>
              <Text {...text.caption}>{t('calls.score.computedHint')}</Text>
              {computed.map((criterion) => {
                const line = entry.breakdown.find((l) => l.criterion === criterion.code);
                return (
                  <Group key={criterion.code} {...layout.spread}>
                    <Text size="sm">
                      {`${format.name(criterion.name)} · ${t('calls.criteria.points', { points: criterion.points })}`}
                    </Text>
                    <Badge {...badge.outline} color={line?.met ? tone.success : tone.neutral}>
                      {!entry.scored
                        ? t('calls.score.pending')
                        : line?.met
                          ? t('calls.score.met')
                          : t('calls.score.notMet')}
                    </Badge>
                  </Group>
                );
              })}
            </Stack>
          </Paper>
        )}
        <Textarea label={t('calls.score.note')} autosize minRows={2} {...form.fields.note} />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('calls.score.submit')} />
      </Stack>
    </form>
  );
}
