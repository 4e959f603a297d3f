import { useState } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CareCaseSummary } from '@vatra/core';
import { usePersonCareCases } from './data';

/**
 * Which care case an enrolment or a Council proposal names: by default the person's most recent
 * open case (so the step lands on its timeline and its documents can be attached), or another of
 * their open cases, or none. Choosing another person starts from the default again.
 */
export function useCareCaseChoice(personId: string | null) {
  const cases = usePersonCareCases(personId);
  const [chosen, setChosen] = useState<{ personId: string | null; careCaseId: string | null }>();
  const open = cases.data ?? [];
  const careCaseId = chosen && chosen.personId === personId ? chosen.careCaseId : (open[0]?.id ?? null);
  return {
    cases: open,
    careCaseId,
    choose: (id: string | null) => setChosen({ personId, careCaseId: id }),
  };
}

/** The care case select; nothing when the person has no open care case the user may see. */
export function CareCaseSelect({
  cases,
  value,
  onChange,
}: {
  cases: CareCaseSummary[];
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  if (cases.length === 0) return null;
  return (
    <Select
      clearable
      label={t('careServices.careCase.label')}
      description={t('careServices.careCase.hint')}
      placeholder={t('careServices.careCase.none')}
      data={cases.map((c) => ({ value: c.id, label: `${c.number} · ${t(`care.statuses.${c.status}`)}` }))}
      value={value}
      onChange={onChange}
    />
  );
}
