import type { ReactNode } from 'react';
import {
  AppShell,
  Avatar,
  Box,
  Burger,
  Button,
  Divider,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import type { Scope } from '@vatra/core';
import { api, setCsrfToken } from '../api/client';
import { keys } from '../api/queries';
import { hasScope, useSession } from '../features/auth/session';
import { useFormat } from '../lib/locale';
import {
  IconBuilding,
  IconChainCheck,
  IconChevronDown,
  IconHome,
  IconInbox,
  IconKey,
  IconList,
  IconLogout,
  IconPlus,
  IconSearch,
  IconShield,
  IconUsers,
  Logo,
} from './icons';
import { LanguageMenu } from './LanguageMenu';
import { button, layout, paths, text, tone } from './presets';
import { carePaths } from '../features/care/paths';
import { careChildPaths } from '../features/care-child/paths';
import { careDvPaths } from '../features/care-dv/paths';
import { EMPLOYMENT_SCOPES, employmentPaths } from '../features/employment/paths';
import { SOCIAL_FUND_SCOPES, socialFundPaths } from '../features/social-fund/paths';
import { needsAnalysisPaths } from '../features/needs-analysis/paths';

interface NavEntry {
  to: string;
  label: string;
  icon: ReactNode;
  scope?: Scope | readonly Scope[];
  /** Active only on its own path, not below it (a page under it has its own entry). */
  exact?: boolean;
}

const SHELL = {
  header: { height: 56 },
  navbar: { width: 248, breakpoint: 'md' },
  padding: 'lg',
} as const;

// Look of the shell's parts (kept out of JSX, see presets.ts).
const HEADER_BAR = { ...layout.spread, h: '100%', px: 'md' } as const;
const BURGER = { hiddenFrom: 'md', size: 'sm' } as const;
const BRAND = { fw: 700, size: 'lg', c: tone.primary } as const;
const AVATAR = { size: 32, radius: 'xl', color: tone.primary } as const;
const NAME_BLOCK = { visibleFrom: 'sm', miw: 0, maw: 280 } as const;
const NAME_IN_MENU = { hiddenFrom: 'sm', px: 'sm', py: 6 } as const;
const LOGOUT_BUTTON = { ...button.secondary, visibleFrom: 'lg' } as const;
const NAVBAR = { p: 'xs' } as const;
const NAV_FOOTER_DIVIDER = { my: 'xs' } as const;
const CONTENT = { maw: 1400, mx: 'auto' } as const;

/** Wide enough for the language name and the user's name in the header. */
const WIDE = '(min-width: 62em)';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

export function AppLayout() {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat();
  const [opened, { toggle, close }] = useDisclosure(false);
  const wide = useMediaQuery(WIDE, true);
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const allowed = (entry: NavEntry) => !entry.scope || hasScope(me, entry.scope);
  const home: NavEntry = { to: paths.home, label: t('nav.home'), icon: <IconHome /> };
  const casework = (
    [
      { to: paths.cases, label: t('cases.nav'), icon: <IconList />, scope: 'case.read' },
      { to: carePaths.list, label: t('care.nav'), icon: <IconList />, scope: 'care.read' },
      {
        to: careChildPaths.representatives,
        label: t('careChild.representatives.nav'),
        icon: <IconList />,
        scope: 'care.child',
      },
      { to: careDvPaths.steering, label: t('careDv.steering.nav'), icon: <IconList />, scope: 'care.dv' },
      { to: paths.careServices, label: t('careServices.nav'), icon: <IconBuilding />, scope: 'care.read' },
      // Social services (care.read) and the Employment Office (employment.record) both work here.
      { to: employmentPaths.page, label: t('employment.nav'), icon: <IconList />, scope: EMPLOYMENT_SCOPES },
      // The social services office (care.read) and the plan coordinator (plan.read) both keep it.
      { to: socialFundPaths.page, label: t('socialFund.nav'), icon: <IconList />, scope: SOCIAL_FUND_SCOPES },
      { to: paths.referralInbox, label: t('cases.inbox.nav'), icon: <IconInbox />, scope: 'referral.answer' },
      { to: paths.actionPlans, label: t('actionPlans.nav'), icon: <IconChainCheck />, scope: 'plan.read' },
      { to: needsAnalysisPaths.page, label: t('needsAnalysis.nav'), icon: <IconList />, scope: 'plan.read' },
      {
        to: paths.schemeReport,
        label: t('schemeReports.nav'),
        icon: <IconList />,
        scope: 'report.export',
      },
      // Meetings are held by commissions only (KKR, Appeals Commission), not by every reviewer.
      ...(['KKR', 'KA'].includes(me.institution.type.code)
        ? [
            {
              to: paths.meetings,
              label: t('commissions.nav'),
              icon: <IconUsers />,
              scope: 'request.review' as const,
            },
          ]
        : []),
      // Calls concern the institutions that run them and the case managers who apply.
      ...(hasScope(me, 'request.decide') || hasScope(me, 'request.file')
        ? [{ to: paths.calls, label: t('calls.nav'), icon: <IconInbox /> }]
        : []),
    ] satisfies NavEntry[]
  ).filter(allowed);
  const registry = (
    [
      {
        to: paths.registry,
        label: t('registry.nav.find'),
        icon: <IconSearch />,
        scope: 'person.read',
        exact: true,
      },
      {
        to: paths.registerHousehold,
        label: t('registry.nav.register'),
        icon: <IconPlus />,
        scope: 'person.register',
      },
    ] satisfies NavEntry[]
  ).filter(allowed);
  const admin = (
    [
      { to: paths.users, label: t('nav.users'), icon: <IconUsers />, scope: 'user.manage' },
      {
        to: paths.institutions,
        label: t('nav.institutions'),
        icon: <IconBuilding />,
        scope: 'institution.manage',
      },
      { to: paths.roles, label: t('nav.roles'), icon: <IconShield />, scope: 'role.manage' },
      { to: paths.forms, label: t('registry.nav.forms'), icon: <IconList />, scope: 'config.read' },
    ] satisfies NavEntry[]
  ).filter(allowed);
  const oversight = (
    [{ to: paths.audit, label: t('nav.audit'), icon: <IconList />, scope: 'audit.read' }] satisfies NavEntry[]
  ).filter(allowed);
  const account: NavEntry = { to: paths.password, label: t('nav.changePassword'), icon: <IconKey /> };

  const logout = async () => {
    try {
      await api.post('/api/auth/logout');
    } catch {
      // the session may already be gone; the user is logged out either way
    }
    setCsrfToken(null);
    queryClient.clear();
    queryClient.setQueryData(keys.me, null);
    navigate(paths.login, { replace: true, state: { loggedOut: true } });
  };
  const onLogout = () => void logout();

  const isActive = (to: string) =>
    to === paths.home
      ? location.pathname === to
      : location.pathname === to || location.pathname.startsWith(`${to}/`);

  const link = (entry: NavEntry) => (
    <NavLink
      key={entry.to}
      component={RouterLink}
      to={entry.to}
      label={entry.label}
      leftSection={entry.icon}
      active={entry.exact ? location.pathname === entry.to : isActive(entry.to)}
      onClick={close}
      className="vatra-navlink"
    />
  );

  const section = (label: string) => <Text className="vatra-nav-section">{label}</Text>;

  const institutionName = format.name(me.institution.name);

  return (
    <AppShell {...SHELL} navbar={{ ...SHELL.navbar, collapsed: { mobile: !opened } }} className="vatra-shell">
      <AppShell.Header>
        <Group {...HEADER_BAR}>
          <Group {...layout.inline} miw={0}>
            <Burger {...BURGER} opened={opened} onClick={toggle} aria-label={t('nav.toggle')} />
            <UnstyledButton component={RouterLink} to={paths.home} aria-label={t('nav.home')}>
              <Group {...layout.inline}>
                <Logo size={30} />
                <Text {...BRAND}>{t('app.name')}</Text>
              </Group>
            </UnstyledButton>
          </Group>

          <Group {...layout.inline} gap={6} miw={0}>
            <LanguageMenu compact={!wide} />
            <Menu width={260}>
              <Menu.Target>
                <UnstyledButton aria-label={t('header.account')} className="vatra-account">
                  <Group {...layout.inline} gap={8} miw={0}>
                    <Avatar {...AVATAR}>{initials(me.user.fullName)}</Avatar>
                    <Box {...NAME_BLOCK}>
                      <Text {...text.oneLine} fw={600} lh={1.25}>
                        {me.user.fullName}
                      </Text>
                      <Text {...text.caption} {...text.oneLine} lh={1.25} title={institutionName}>
                        {institutionName}
                      </Text>
                    </Box>
                    <IconChevronDown size={14} />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Box {...NAME_IN_MENU}>
                  <Text fw={600}>{me.user.fullName}</Text>
                  <Text {...text.caption}>{institutionName}</Text>
                </Box>
                <Menu.Item leftSection={<IconKey size={16} />} component={RouterLink} to={paths.password}>
                  {t('nav.changePassword')}
                </Menu.Item>
                <Menu.Divider />
                <Menu.Item leftSection={<IconLogout size={16} />} onClick={onLogout}>
                  {t('header.logout')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button {...LOGOUT_BUTTON} onClick={onLogout} leftSection={<IconLogout size={16} />}>
              {t('header.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar {...NAVBAR} aria-label={t('nav.main')}>
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={2}>
            {link(home)}
            {casework.map(link)}
            {registry.length > 0 && section(t('registry.nav.group'))}
            {registry.map(link)}
            {admin.length > 0 && section(t('nav.administration'))}
            {admin.map(link)}
            {oversight.length > 0 && section(t('nav.oversight'))}
            {oversight.map(link)}
          </Stack>
        </AppShell.Section>
        <AppShell.Section>
          <Divider {...NAV_FOOTER_DIVIDER} />
          {link(account)}
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Box {...CONTENT}>
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
