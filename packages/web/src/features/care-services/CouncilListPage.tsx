import { useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { ApprovalListView } from '@vatra/core';
import { FormDialog, problemText } from '../../components/DialogForm';
import { badge, button, dialog, layout, paths, text, tone } from '../../components/presets';
import { RecordsCard } from '../../components/RecordList';
import { PageHeader, PageLoader, QueryError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { DecideForm, ProposeForm } from './council-forms';
import { useApprovalList, useBasket, useCareWrite } from './data';
import { PersonLink } from './PersonLink';

/** A list of proposed beneficiaries: proposals with documentation, sending it, the Council's decision. */
export function CouncilListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const { id = '' } = useParams();
  const list = useApprovalList(id);
  const basket = useBasket();
  const [open, setOpen] = useState<'propose' | 'decide' | null>(null);
  const submit = useCareWrite<object, ApprovalListView>(
    'post',
    `/api/care/council-lists/${id}/submit`,
    'submitted',
  );
  if (list.isPending) return <PageLoader />;
  if (list.error) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const l = list.data;
  const manage = hasScope(me, 'care.manage');
  const names = new Map((basket.data?.items ?? []).map((s) => [s.code, format.name(s.name)]));
  const close = () => setOpen(null);
  return (
    <Stack {...layout.page}>
      <Anchor component={Link} to={`${paths.careServices}?tab=council`} size="sm">
        {t('careServices.council.back')}
      </Anchor>
      <PageHeader
        title={l.title}
        description={
          l.councilDecisionNumber && l.councilDecisionDate
            ? t('careServices.council.decisionRef', {
                number: l.councilDecisionNumber,
                date: format.date(l.councilDecisionDate),
              })
            : undefined
        }
        actions={
          <Group {...layout.chips}>
            <Badge {...badge.neutral}>{t(`careServices.listStatus.${l.status}`)}</Badge>
            {manage && l.status === 'draft' && (
              <Button {...button.small} onClick={() => setOpen('propose')}>
                {t('careServices.council.propose')}
              </Button>
            )}
            {manage && l.status === 'draft' && (
              <Button
                {...button.small}
                loading={submit.isPending}
                onClick={() => submit.mutate({ version: l.version })}
              >
                {t('careServices.council.submit')}
              </Button>
            )}
            {manage && l.status === 'submitted' && (
              <Button {...button.small} onClick={() => setOpen('decide')}>
                {t('careServices.council.decide')}
              </Button>
            )}
          </Group>
        }
      />
      {submit.error && <Text c={tone.danger}>{problemText(submit.error)}</Text>}
      <RecordsCard
        isEmpty={l.entries.length === 0}
        emptyTitle={t('careServices.council.noProposals')}
        minWidth={820}
        columns={[
          t('careServices.council.person'),
          t('careServices.council.service'),
          t('careServices.council.documents'),
          t('careServices.council.decision'),
        ]}
      >
        {l.entries.map((entry) => (
          <Table.Tr key={entry.id}>
            <Table.Td>
              <PersonLink person={entry.person} />
              {entry.note && <Text {...text.caption}>{entry.note}</Text>}
            </Table.Td>
            <Table.Td>
              {names.get(entry.serviceCode) ?? entry.serviceCode}
              {entry.providerName && <Text {...text.caption}>{entry.providerName}</Text>}
            </Table.Td>
            <Table.Td>
              {entry.documents.length === 0 ? (
                <Text {...text.muted}>{t('careServices.council.noDocuments')}</Text>
              ) : (
                entry.documents.map((d) => (
                  <Anchor
                    key={d.id}
                    href={`/api/documents/${d.id}/content`}
                    target="_blank"
                    size="sm"
                    display="block"
                  >
                    {d.fileName}
                  </Anchor>
                ))
              )}
            </Table.Td>
            <Table.Td>
              {entry.decision && (
                <Badge color={entry.decision === 'approved' ? tone.success : tone.danger}>
                  {t(`careServices.decision.${entry.decision}`)}
                </Badge>
              )}
              {entry.decisionReason && <Text {...text.caption}>{entry.decisionReason}</Text>}
            </Table.Td>
          </Table.Tr>
        ))}
      </RecordsCard>
      <FormDialog
        opened={open !== null}
        onClose={close}
        size={open === 'decide' ? dialog.wide : dialog.form}
        title={
          open === 'decide' ? t('careServices.council.decideTitle') : t('careServices.council.proposeTitle')
        }
      >
        {open === 'propose' && <ProposeForm list={l} onDone={close} />}
        {open === 'decide' && <DecideForm list={l} onDone={close} />}
      </FormDialog>
    </Stack>
  );
}
