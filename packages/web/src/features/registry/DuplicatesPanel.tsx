import { Alert, Anchor, Badge, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DuplicateCandidate } from '@vatra/core';
import { IconAlert, IconCheck } from '../../components/icons';
import { card, layout, recordPath, text, tone } from '../../components/presets';
import { useFormat } from '../../lib/locale';
import { SEPARATOR, personName, useBirthText } from './display';

/** The candidates found for one member being registered. */
export interface MemberCandidates {
  member: number;
  name: string;
  candidates: DuplicateCandidate[];
}

const warnBorder = { style: { borderColor: 'var(--mantine-color-orange-5)', borderWidth: 2 } } as const;
const attention = { bg: 'var(--mantine-color-orange-0)' } as const;
const candidateCard = { withBorder: true, p: 'sm' } as const;
const NEW_TAB = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** Possible duplicates per member, each to be confirmed as a different person before saving. */
export function DuplicatesPanel({
  results,
  acknowledged,
  onAcknowledge,
}: {
  results: MemberCandidates[];
  acknowledged: Set<string>;
  onAcknowledge: (id: string, checked: boolean) => void;
}) {
  const { t } = useTranslation();
  const withCandidates = results.filter((result) => result.candidates.length > 0);
  if (withCandidates.length === 0)
    return (
      <Alert color={tone.success} icon={<IconCheck />}>
        {t('registry.register.noDuplicates')}
      </Alert>
    );
  const ids = [...new Set(withCandidates.flatMap((result) => result.candidates.map((c) => c.id)))];
  const confirmed = ids.filter((id) => acknowledged.has(id)).length;
  return (
    <Paper {...card} {...warnBorder}>
      <Stack {...layout.section}>
        <Group {...layout.header}>
          <Group gap="xs">
            <IconAlert />
            <Title order={3}>{t('registry.duplicates.title')}</Title>
          </Group>
          <Badge color={confirmed === ids.length ? tone.success : tone.warning}>
            {t('registry.duplicates.acknowledged', { count: confirmed, total: ids.length })}
          </Badge>
        </Group>
        <Text {...text.muted}>{t('registry.duplicates.intro')}</Text>
        {withCandidates.map((result) => (
          <Stack key={result.member} gap="xs">
            <Text fw={600}>{t('registry.duplicates.forMember', { name: result.name })}</Text>
            {result.candidates.map((candidate) => (
              <CandidateRow
                key={candidate.id}
                candidate={candidate}
                checked={acknowledged.has(candidate.id)}
                onChange={(checked) => onAcknowledge(candidate.id, checked)}
              />
            ))}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

function CandidateRow({
  candidate,
  checked,
  onChange,
}: {
  candidate: DuplicateCandidate;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const birth = useBirthText();
  const person = candidate.visible ? candidate.person : null;
  const year =
    candidate.birthYear === null ? t('registry.duplicates.yearUnknown') : String(candidate.birthYear);
  return (
    <Paper {...candidateCard} {...(checked ? {} : attention)}>
      <Stack gap={6}>
        <Group {...layout.spread} wrap="wrap">
          <Stack gap={2} miw={0} style={{ flex: '1 1 260px' }}>
            {person ? (
              <>
                <Anchor component={Link} to={recordPath.person(person.id)} fw={600} {...NEW_TAB}>
                  {personName(person)}
                </Anchor>
                <Text {...text.caption}>
                  {[
                    person.fatherName,
                    birth(person),
                    person.personalNumber,
                    t(`registry.categories.${person.category}`),
                    format.name(person.jurisdiction.name),
                  ]
                    .filter(Boolean)
                    .join(SEPARATOR)}
                </Text>
              </>
            ) : (
              <>
                <Text fw={600}>
                  {t('registry.duplicates.outsideDetails', {
                    initials: candidate.maskedName,
                    year,
                    place: format.name(candidate.municipality.name),
                  })}
                </Text>
                <Text {...text.caption}>{t('registry.duplicates.outside')}</Text>
              </>
            )}
          </Stack>
          <Badge color={candidate.strong ? tone.danger : tone.warning} variant="light">
            {candidate.strong ? t('registry.duplicates.strong') : t('registry.duplicates.weak')}
          </Badge>
        </Group>
        <Checkbox
          checked={checked}
          onChange={(event) => onChange(event.currentTarget.checked)}
          label={t('registry.duplicates.acknowledge')}
        />
      </Stack>
    </Paper>
  );
}
