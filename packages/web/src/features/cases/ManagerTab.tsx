import { useState, type FormEvent } from 'react';
import { Badge, Button, Group, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { caseManagerBody, type CaseDetail } from '@vatra/core';
import { api } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { dateInput, dialog, text, tone } from '../../components/presets';
import { FormError } from '../../components/ui';
import { today } from '../../lib/dates';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useManagerChoices } from './data';
import { Nothing, PaperLink, Section, paperPath } from './parts';
import { useCaseWrite } from './write';

/** The case manager in office and the appointments by numbered QPS decision. */
export function ManagerTab({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [appointing, setAppointing] = useState(false);
  const history = [...kase.assignments].sort((a, b) => b.appointedAt.localeCompare(a.appointedAt));
  const current = history.find((assignment) => assignment.endedAt === null) ?? null;

  return (
    <Stack>
      <Section
        title={t('cases.manager.current')}
        actions={
          kase.allowed.includes('appointManager') && (
            <Button onClick={() => setAppointing(true)}>
              {current ? t('cases.manager.replace') : t('cases.manager.appoint')}
            </Button>
          )
        }
      >
        {current ? (
          <Stack gap={2}>
            <Text fw={600} size="lg">
              {current.user.fullName}
            </Text>
            <Text {...text.caption}>
              {`${t('cases.manager.decision')} ${current.decisionNumber} · ${format.date(current.decisionDate)}`}
            </Text>
          </Stack>
        ) : (
          <Nothing>{t('cases.manager.none')}</Nothing>
        )}
      </Section>
      <Section title={t('cases.manager.history')}>
        {history.length === 0 ? (
          <Nothing>{t('cases.manager.none')}</Nothing>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('cases.manager.user')}</Table.Th>
                  <Table.Th w={190}>{t('cases.manager.decision')}</Table.Th>
                  <Table.Th w={190}>{t('cases.manager.appointedBy')}</Table.Th>
                  <Table.Th w={150}>{t('cases.manager.until')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.map((assignment) => (
                  <Table.Tr key={assignment.id}>
                    <Table.Td>
                      <Text fw={500}>{assignment.user.fullName}</Text>
                      {assignment.reason && <Text {...text.caption}>{assignment.reason}</Text>}
                    </Table.Td>
                    <Table.Td>
                      <Text className="vatra-mono">{assignment.decisionNumber}</Text>
                      <Text {...text.caption}>{format.date(assignment.decisionDate)}</Text>
                      <Group mt={6}>
                        <PaperLink href={paperPath.decision(kase.id, assignment.id)} />
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text>{assignment.appointedBy.fullName}</Text>
                      <Text {...text.caption}>{format.dateTime(assignment.appointedAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {assignment.endedAt ? (
                        <Text>{format.dateTime(assignment.endedAt)}</Text>
                      ) : (
                        <Badge color={tone.success}>{t('cases.manager.stillActive')}</Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
      <DialogModal
        opened={appointing}
        onClose={() => setAppointing(false)}
        title={t('cases.manager.title')}
        size={dialog.confirm}
      >
        {appointing && <AppointForm kase={kase} onClose={() => setAppointing(false)} />}
      </DialogModal>
    </Stack>
  );
}

function AppointForm({ kase, onClose }: { kase: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const choices = useManagerChoices(kase);
  const write = useCaseWrite(kase.id);
  const form = useFormState<{ userId: string | null; decisionDate: string; reason: string }>({
    userId: null,
    decisionDate: today(),
    reason: '',
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: caseManagerBody,
      body: {
        userId: form.values.userId,
        decisionDate: form.values.decisionDate,
        reason: form.values.reason.trim() || null,
        version: kase.version,
      },
      send: (body) => api.post<CaseDetail>(`/api/cases/${kase.id}/case-manager`, body),
      notice: t('cases.manager.appointed'),
      onDone: onClose,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <Select
          label={t('cases.manager.user')}
          description={t('cases.manager.userHint')}
          required
          searchable
          data={choices.map((user) => ({ value: user.id, label: user.fullName }))}
          placeholder={t('cases.common.choose')}
          {...form.fields.userId}
        />
        <Group grow>
          <TextInput
            {...dateInput}
            label={t('cases.manager.decisionDate')}
            required
            {...form.fields.decisionDate}
          />
        </Group>
        <Textarea label={t('cases.manager.reason')} autosize minRows={2} {...form.fields.reason} />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('cases.manager.appoint')} />
      </Stack>
    </form>
  );
}
