import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { recordPath, text } from '../../components/presets';

/** A person enrolled or proposed: a link to the record, or "hidden" when the user may not see it. */
export function PersonLink({ person }: { person: { id: string; name: string; hidden: boolean } }) {
  const { t } = useTranslation();
  if (person.hidden) return <Text {...text.muted}>{t('careServices.provider.hidden')}</Text>;
  return (
    <Anchor component={Link} to={recordPath.person(person.id)}>
      {person.name}
    </Anchor>
  );
}
