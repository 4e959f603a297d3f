import type { ReactNode } from 'react';
import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { layout } from '../../components/presets';
import { PageHeader } from '../../components/ui';
import { carePaths } from './paths';

/**
 * A page reached from the social-care list (Social Fund, referral directory, representatives,
 * DV steering committee): the way back to that list, the page's header, then its content.
 */
export function CareSubPage({
  title,
  description,
  actions,
  children,
}: {
  title: string;
  description?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack {...layout.page}>
      <Anchor component={Link} to={carePaths.list} size="sm">
        {t('care.title')}
      </Anchor>
      <PageHeader title={title} description={description} actions={actions} />
      {children}
    </Stack>
  );
}
