import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isForeignerCategory, isResidentCategory } from '@vatra/core';
import { usePerson } from '../../api/queries';
import { IconInfo, IconPencil } from '../../components/icons';
import { badge, layout, recordPath, tone } from '../../components/presets';
import { PageHeader, PageLoader, QueryError } from '../../components/ui';
import { hasScope, useSession } from '../auth/session';
import { useFormat } from '../../lib/locale';
import { Detail, DetailCard } from './Details';
import { personName, useBirthText } from './display';
import { MergeCard } from './MergeCard';
import { PersonHistory } from './PersonHistory';
import { PersonEditModal } from './PersonEditModal';
import { useCodeNames } from './vocab';

/** One person: the registration data, its history, editing, and merging a duplicate into it. */
export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const names = useCodeNames();
  const me = useSession();
  const birth = useBirthText();
  const query = usePerson(id);
  const [editing, setEditing] = useState(false);

  if (query.isPending) return <PageLoader />;
  if (query.error || !query.data)
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const person = query.data;
  const merged = person.mergedInto !== null;
  const canEdit = hasScope(me, 'person.register') && !merged;
  const canMerge = hasScope(me, 'person.merge') && !merged;
  const foreigner = isForeignerCategory(person.category);
  const resident = isResidentCategory(person.category);
  const held = person.identityDocuments.filter((doc) => doc.held);
  const missing = person.identityDocuments.filter((doc) => !doc.held);
  const documentList = (list: typeof held) =>
    list.length > 0 ? (
      <Group {...layout.chips}>
        {list.map((doc) => (
          <Badge key={`${doc.type}-${doc.number ?? ''}`} {...badge.neutral} variant="light">
            {doc.number
              ? `${t(`registry.documents.${doc.type}`)} ${doc.number}`
              : t(`registry.documents.${doc.type}`)}
          </Badge>
        ))}
      </Group>
    ) : null;

  return (
    <Stack {...layout.page}>
      <PageHeader
        title={personName(person)}
        description={t(`registry.categories.${person.category}`)}
        actions={
          canEdit && (
            <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              {t('registry.person.edit')}
            </Button>
          )
        }
      />
      {merged && person.mergedInto && (
        <Alert color={tone.warning} icon={<IconInfo />}>
          <Stack gap={4} align="flex-start">
            <Text>{t('registry.person.merged')}</Text>
            <Anchor component={Link} to={recordPath.person(person.mergedInto)} fw={600}>
              {t('registry.person.openSurvivor')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      <DetailCard title={t('registry.person.identity')}>
        <Detail label={t('registry.fields.firstName')}>{person.firstName}</Detail>
        <Detail label={t('registry.fields.lastName')}>{person.lastName}</Detail>
        <Detail label={t('registry.fields.fatherName')}>{person.fatherName}</Detail>
        <Detail label={t('registry.fields.gender')}>{t(`registry.genders.${person.gender}`)}</Detail>
        <Detail label={t('registry.fields.dateOfBirth')}>{birth(person)}</Detail>
        <Detail label={t('registry.fields.personalNumber')}>{person.personalNumber}</Detail>
        <Detail label={t('registry.fields.sensitivity')}>
          {t(`registry.sensitivities.${person.sensitivity}`)}
        </Detail>
      </DetailCard>
      <DetailCard title={t('registry.person.status')}>
        <Detail label={t('registry.fields.category')}>{t(`registry.categories.${person.category}`)}</Detail>
        {resident ? null : foreigner ? (
          <Detail label={t('registry.fields.statusGrantDate')}>
            {person.statusGrantDate && format.date(person.statusGrantDate)}
          </Detail>
        ) : (
          <Detail label={t('registry.fields.arrivalDate')}>
            {person.arrivalDate && format.date(person.arrivalDate)}
          </Detail>
        )}
        {!resident && (
          <Detail label={t('registry.fields.countryReturnedFrom')}>
            {person.countryReturnedFrom && names.country(person.countryReturnedFrom)}
          </Detail>
        )}
        <Detail label={t('registry.fields.documentsHeld')}>{documentList(held)}</Detail>
        <Detail label={t('registry.fields.documentsMissing')}>{documentList(missing)}</Detail>
        <Detail label={t('registry.fields.vulnerability')}>
          {person.vulnerability.map((item) => t(`registry.vulnerabilities.${item}`)).join(', ')}
        </Detail>
      </DetailCard>
      <DetailCard title={t('registry.person.contact')}>
        <Detail label={t('registry.fields.community')}>
          {person.community && t(`registry.communities.${person.community}`)}
        </Detail>
        <Detail label={t('registry.fields.languages')}>
          {person.languages.map(names.language).join(', ')}
        </Detail>
        <Detail label={t('registry.fields.phone')}>{person.phone}</Detail>
      </DetailCard>
      <DetailCard title={t('registry.person.household')}>
        <Detail label={t('registry.fields.municipality')}>{format.name(person.jurisdiction.name)}</Detail>
        <Detail label={t('registry.columns.household')}>
          {person.householdId && (
            <Anchor component={Link} to={recordPath.household(person.householdId)}>
              {t('registry.openHousehold')}
            </Anchor>
          )}
        </Detail>
        <Detail label={t('registry.fields.relationToHead')}>
          {person.relationToHead && t(`registry.relations.${person.relationToHead}`)}
        </Detail>
        <Detail label={t('registry.household.registered')}>{format.dateTime(person.createdAt)}</Detail>
      </DetailCard>
      <PersonHistory personId={person.id} />
      {canMerge && <MergeCard key={person.id} person={person} />}
      {canEdit && <PersonEditModal person={person} opened={editing} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
