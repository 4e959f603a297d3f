import { useState, type FormEvent } from 'react';
import { Badge, Button, Group, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { certificateBody, type CaseDetail } from '@vatra/core';
import { api } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { badge, button, detail, dialog, layout, text, tone } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { Field, Nothing, PaperLink, Section, paperPath, personName } from './parts';
import { TeamSection } from './TeamSection';
import { useCaseWrite } from './write';

const OUTCOME_COLOR = { completed: tone.success, not_found: tone.danger, postponed: tone.warning } as const;
const CLOSURE_GRID = { ...detail.grid, cols: { base: 1, sm: 2 } } as const;

/** The household, the case team, the visits, the certificates and (when closed) the closure. */
export function OverviewTab({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [issuing, setIssuing] = useState(false);
  const birth = (person: CaseDetail['members'][number]) =>
    person.dateOfBirth
      ? person.birthYearOnly
        ? person.dateOfBirth.slice(0, 4)
        : format.date(person.dateOfBirth)
      : '';

  return (
    <Stack>
      <Section title={t('cases.overview.members')}>
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('registry.columns.name')}</Table.Th>
                <Table.Th w={150}>{t('cases.overview.dateOfBirth')}</Table.Th>
                <Table.Th w={160}>{t('cases.overview.personalNumber')}</Table.Th>
                <Table.Th>{t('registry.columns.category')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {kase.members.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td>
                    <Group {...layout.chips}>
                      <Text fw={500}>{personName(member)}</Text>
                      {member.id === kase.person.id && (
                        <Badge {...badge.outline}>{t('registry.relations.head')}</Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{birth(member)}</Table.Td>
                  <Table.Td className="vatra-mono">{member.personalNumber ?? ''}</Table.Td>
                  <Table.Td>{t(`registry.categories.${member.category}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {kase.hiddenMembers > 0 && (
          <Text {...text.caption}>{t('cases.overview.hiddenMembers', { count: kase.hiddenMembers })}</Text>
        )}
      </Section>

      <TeamSection kase={kase} />

      <Section title={t('cases.overview.visits')}>
        {kase.visits.length === 0 ? (
          <Nothing>{t('cases.overview.noVisits')}</Nothing>
        ) : (
          kase.visits.map((visit) => (
            <Stack key={visit.id} gap={4}>
              <Group {...layout.chips}>
                <Text fw={600}>{format.dateTime(visit.visitedAt)}</Text>
                <Badge color={OUTCOME_COLOR[visit.outcome]}>
                  {t(`cases.visit.outcomes.${visit.outcome}`)}
                </Badge>
                <Badge {...badge.outline} color={visit.onTime ? tone.success : tone.danger}>
                  {visit.onTime ? t('cases.overview.onTime') : t('cases.overview.late')}
                </Badge>
              </Group>
              <Text size="sm">
                {`${t('cases.overview.team')}: ${visit.team.map((member) => member.name).join(', ')}`}
              </Text>
              {visit.notes && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {visit.notes}
                </Text>
              )}
              <Text {...text.caption}>
                {t('cases.overview.recordedBy', { name: visit.recordedBy.fullName })}
              </Text>
            </Stack>
          ))
        )}
      </Section>

      <Section
        title={t('cases.overview.certificates')}
        actions={
          kase.allowed.includes('certificate') && (
            <Button {...button.small} onClick={() => setIssuing(true)}>
              {t('cases.overview.issue')}
            </Button>
          )
        }
      >
        {kase.certificates.length === 0 ? (
          <Nothing>{t('cases.overview.noCertificates')}</Nothing>
        ) : (
          kase.certificates.map((certificate) => {
            const person = kase.members.find((member) => member.id === certificate.personId);
            return (
              <Group key={certificate.id} {...layout.spread}>
                <Stack gap={0}>
                  <Text fw={600} className="vatra-mono">
                    {certificate.number}
                  </Text>
                  {person && <Text size="sm">{personName(person)}</Text>}
                </Stack>
                <Group {...layout.inline}>
                  <Text {...text.caption}>
                    {t('cases.overview.issuedBy', {
                      date: format.date(certificate.issuedOn),
                      name: certificate.issuedBy.fullName,
                    })}
                  </Text>
                  <PaperLink href={paperPath.certificate(kase.id, certificate.id)} />
                </Group>
              </Group>
            );
          })
        )}
      </Section>

      {(kase.rentFundSince || kase.rentReviewedOn) && (
        <Section title={t('cases.overview.rentFund')}>
          <Group gap="lg">
            {kase.rentFundSince && (
              <Text>{t('cases.overview.rentFundSince', { date: format.date(kase.rentFundSince) })}</Text>
            )}
            {kase.rentReviewedOn && (
              <Text>{t('cases.overview.rentReviewed', { date: format.date(kase.rentReviewedOn) })}</Text>
            )}
          </Group>
        </Section>
      )}

      {kase.closure && (
        <Section
          title={t('cases.overview.closure')}
          actions={<PaperLink href={paperPath.closure(kase.id)} label={t('cases.overview.closureReport')} />}
        >
          <SimpleGrid {...CLOSURE_GRID}>
            <Field label={t('cases.close.outcome')}>
              {t(`cases.close.outcomes.${kase.closure.outcome}`)}
            </Field>
            <Field label={t('cases.overview.planAchieved')}>
              {t(`cases.close.achieved.${kase.closure.planAchieved}`)}
            </Field>
            {kase.closure.movedTo && (
              <Field label={t('cases.overview.movedTo')}>{format.name(kase.closure.movedTo.name)}</Field>
            )}
            <Field label={t('cases.overview.coordinator')}>{kase.closure.coordinator}</Field>
          </SimpleGrid>
          <Field label={t('cases.overview.evaluation')}>{kase.closure.evaluation}</Field>
          {kase.closure.note && <Field label={t('cases.close.note')}>{kase.closure.note}</Field>}
          <Text {...text.caption}>
            {t('cases.overview.closedBy', {
              date: format.dateTime(kase.closure.closedAt),
              name: kase.closure.closedBy.fullName,
            })}
          </Text>
        </Section>
      )}

      <CertificateModal kase={kase} opened={issuing} onClose={() => setIssuing(false)} />
    </Stack>
  );
}

function CertificateModal({
  kase,
  opened,
  onClose,
}: {
  kase: CaseDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <DialogModal
      opened={opened}
      onClose={onClose}
      title={t('cases.overview.issueTitle')}
      size={dialog.confirm}
    >
      {opened && <CertificateForm kase={kase} onClose={onClose} />}
    </DialogModal>
  );
}

function CertificateForm({ kase, onClose }: { kase: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const write = useCaseWrite(kase.id);
  const form = useFormState<{ personId: string | null }>({ personId: kase.person.id });
  const options = kase.members.map((member) => ({ value: member.id, label: personName(member) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: certificateBody,
      body: { personId: form.values.personId },
      send: (body) => api.post<CaseDetail>(`/api/cases/${kase.id}/certificates`, body),
      notice: (fresh) => {
        const known = new Set(kase.certificates.map((item) => item.id));
        const made = fresh.certificates.find((item) => !known.has(item.id));
        return t('cases.overview.issued', { number: made?.number ?? '' });
      },
      onDone: onClose,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <Select
          label={t('cases.overview.issueFor')}
          required
          data={options}
          allowDeselect={false}
          {...form.fields.personId}
        />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('cases.overview.issue')} />
      </Stack>
    </form>
  );
}
