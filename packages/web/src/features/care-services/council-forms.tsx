import { useState } from 'react';
import { MultiSelect, Select, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { APPROVAL_DECISIONS, type ApprovalDecision, type ApprovalListView } from '@vatra/core';
import { DialogForm, FieldGrid, mutationForm } from '../../components/DialogForm';
import { dateInput } from '../../components/presets';
import { today } from '../../lib/dates';
import { useFormat } from '../../lib/locale';
import { CareCaseSelect, useCareCaseChoice } from './care-case-picker';
import { useBasket, useCaseDocuments, useCareWrite, usePersonDocuments } from './data';
import { PersonPicker } from './forms';

/**
 * Proposes a person for a service the Council approves, with documents of the person and, when
 * the proposal names the person's care case, the documents uploaded on that case.
 */
export function ProposeForm({ list, onDone }: { list: ApprovalListView; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const basket = useBasket();
  const [personId, setPersonId] = useState<string | null>(null);
  const [serviceCode, setServiceCode] = useState<string | null>(null);
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const careCase = useCareCaseChoice(personId);
  const documents = usePersonDocuments(personId);
  const caseDocuments = useCaseDocuments(careCase.careCaseId);
  const caseNumber = careCase.cases.find((c) => c.id === careCase.careCaseId)?.number ?? '';
  const option = (d: { id: string; fileName: string }) => ({ value: d.id, label: d.fileName });
  const offered = [
    { group: t('careServices.council.personDocuments'), items: (documents.data?.items ?? []).map(option) },
    {
      group: t('careServices.council.caseDocuments', { number: caseNumber }),
      items: careCase.careCaseId ? (caseDocuments.data?.items ?? []).map(option) : [],
    },
  ].filter((group) => group.items.length > 0);
  // A document of a case no longer named is not sent (nor shown as chosen).
  const available = new Set(offered.flatMap((group) => group.items.map((item) => item.value)));
  const chosen = documentIds.filter((id) => available.has(id));
  const write = useCareWrite<object, ApprovalListView>(
    'post',
    `/api/care/council-lists/${list.id}/items`,
    'list',
    onDone,
  );
  const services = (basket.data?.items ?? [])
    .filter((s) => s.councilApproval)
    .map((s) => ({ value: s.code, label: format.name(s.name) }));
  const dialog = mutationForm({
    write,
    body: () => ({
      personId,
      careCaseId: careCase.careCaseId,
      serviceCode,
      documentIds: chosen,
      ...(note.trim() ? { note: note.trim() } : {}),
      version: list.version,
    }),
    onCancel: onDone,
    submitLabel: t('careServices.council.propose'),
  });
  return (
    <DialogForm {...dialog}>
      <PersonPicker
        value={personId}
        onChange={(id) => {
          setPersonId(id);
          setDocumentIds([]);
        }}
      />
      <CareCaseSelect cases={careCase.cases} value={careCase.careCaseId} onChange={careCase.choose} />
      <Select
        required
        searchable
        label={t('careServices.council.service')}
        data={services}
        value={serviceCode}
        onChange={setServiceCode}
      />
      <MultiSelect
        searchable
        label={t('careServices.council.pickDocuments')}
        data={offered}
        value={chosen}
        onChange={setDocumentIds}
        disabled={!personId}
        nothingFoundMessage={t('careServices.council.noDocumentsFound')}
      />
      <TextInput
        label={t('careServices.council.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
    </DialogForm>
  );
}

/** The Council's decision: its number and date, and approved or rejected (with a reason) for each proposal. */
export function DecideForm({ list, onDone }: { list: ApprovalListView; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const basket = useBasket();
  const names = new Map((basket.data?.items ?? []).map((s) => [s.code, format.name(s.name)]));
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(today);
  const [decisions, setDecisions] = useState<Record<string, { decision: ApprovalDecision; reason: string }>>(
    Object.fromEntries(list.entries.map((e) => [e.id, { decision: 'approved', reason: '' }])),
  );
  const write = useCareWrite<object, ApprovalListView>(
    'post',
    `/api/care/council-lists/${list.id}/decide`,
    'decided',
    onDone,
  );
  const dialog = mutationForm({
    write,
    body: () => ({
      version: list.version,
      councilDecisionNumber: number,
      councilDecisionDate: date,
      items: list.entries.map((e) => {
        const chosen = decisions[e.id] ?? { decision: 'approved', reason: '' };
        return {
          itemId: e.id,
          decision: chosen.decision,
          ...(chosen.reason.trim() ? { reason: chosen.reason.trim() } : {}),
        };
      }),
    }),
    onCancel: onDone,
    submitLabel: t('careServices.council.save'),
  });
  const set = (id: string, change: Partial<{ decision: ApprovalDecision; reason: string }>) =>
    setDecisions((current) => ({
      ...current,
      [id]: { decision: 'approved', reason: '', ...current[id], ...change },
    }));
  return (
    <DialogForm {...dialog}>
      <FieldGrid>
        <TextInput
          required
          label={t('careServices.council.decisionNumber')}
          value={number}
          onChange={(e) => setNumber(e.currentTarget.value)}
        />
        <TextInput
          {...dateInput}
          required
          label={t('careServices.council.decisionDate')}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
        />
      </FieldGrid>
      <Table>
        <Table.Tbody>
          {list.entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>
                {entry.person.name} · {names.get(entry.serviceCode) ?? entry.serviceCode}
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={t('careServices.council.decision')}
                  data={APPROVAL_DECISIONS.map((value) => ({
                    value,
                    label: t(`careServices.decision.${value}`),
                  }))}
                  value={decisions[entry.id]?.decision ?? 'approved'}
                  allowDeselect={false}
                  onChange={(value) =>
                    set(entry.id, { decision: value === 'rejected' ? 'rejected' : 'approved' })
                  }
                />
              </Table.Td>
              <Table.Td>
                {decisions[entry.id]?.decision === 'rejected' && (
                  <TextInput
                    required
                    aria-label={t('careServices.council.reason')}
                    placeholder={t('careServices.council.reason')}
                    value={decisions[entry.id]?.reason ?? ''}
                    onChange={(e) => set(entry.id, { reason: e.currentTarget.value })}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </DialogForm>
  );
}
