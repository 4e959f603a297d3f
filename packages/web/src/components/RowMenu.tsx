import type { ComponentPropsWithRef, ComponentType, ReactNode } from 'react';
import { ActionIcon, Menu, type ActionIconProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconBan, IconCheck, IconDots } from './icons';
import { tone } from './presets';

/** An icon-only button; its label is both the accessible name and the tooltip. */
export function IconButton({
  label,
  ...rest
}: ActionIconProps & Omit<ComponentPropsWithRef<'button'>, keyof ActionIconProps> & { label: string }) {
  return <ActionIcon {...rest} aria-label={label} title={label} />;
}

/** The "⋯" menu at the end of a table row. */
export function RowMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Menu>
      <Menu.Target>
        <IconButton label={t('common.moreActions')}>
          <IconDots />
        </IconButton>
      </Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}

export function RowMenuItem({
  icon: Icon,
  color,
  onClick,
  children,
}: {
  icon: ComponentType<{ size?: number }>;
  color?: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Menu.Item color={color} leftSection={<Icon size={16} />} onClick={onClick}>
      {children}
    </Menu.Item>
  );
}

/** "Deactivate" (in red) for an active record, "Activate" for an inactive one. */
export function ActiveToggleMenuItem({
  active,
  activateLabel,
  deactivateLabel,
  onClick,
}: {
  active: boolean;
  activateLabel: string;
  deactivateLabel: string;
  onClick: () => void;
}) {
  return active ? (
    <RowMenuItem color={tone.danger} icon={IconBan} onClick={onClick}>
      {deactivateLabel}
    </RowMenuItem>
  ) : (
    <RowMenuItem icon={IconCheck} onClick={onClick}>
      {activateLabel}
    </RowMenuItem>
  );
}
