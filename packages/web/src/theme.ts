import {
  ActionIcon,
  Alert,
  Badge,
  Group,
  Menu,
  Notification,
  Pagination,
  Paper,
  Table,
  Text,
  Tooltip,
  createTheme,
  type MantineColorsTuple,
} from '@mantine/core';

// A calm blue for office screens; the flame of the logo gives the only warm accent.
const vatra: MantineColorsTuple = [
  '#eaf2fa',
  '#d4e2f1',
  '#a6c3e3',
  '#75a2d5',
  '#4f87c9',
  '#3776c2',
  '#2a6dbf',
  '#1d5ca8',
  '#1c4e80',
  '#0f3f6f',
];

export const theme = createTheme({
  primaryColor: 'vatra',
  primaryShade: 7,
  colors: { vatra },
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontWeight: '650',
    sizes: {
      h1: { fontSize: '1.375rem', lineHeight: '1.3' },
      h2: { fontSize: '1.5rem', lineHeight: '1.3' },
      h3: { fontSize: '1.125rem', lineHeight: '1.35' },
    },
  },
  // Office defaults: 14px text, bordered cards, quiet badges in sentence case.
  components: {
    Text: Text.extend({ defaultProps: { size: 'sm' } }),
    Paper: Paper.extend({ defaultProps: { withBorder: true, radius: 'md' } }),
    Badge: Badge.extend({ defaultProps: { variant: 'light', size: 'sm', tt: 'none', fw: 500 } }),
    Group: Group.extend({ defaultProps: { gap: 'sm' } }),
    ActionIcon: ActionIcon.extend({ defaultProps: { variant: 'subtle', color: 'gray' } }),
    Menu: Menu.extend({ defaultProps: { position: 'bottom-end', shadow: 'md', withinPortal: true } }),
    Tooltip: Tooltip.extend({ defaultProps: { withArrow: true, multiline: true, maw: 320 } }),
    Alert: Alert.extend({ defaultProps: { variant: 'light' } }),
    Notification: Notification.extend({ defaultProps: { withBorder: true } }),
    Pagination: Pagination.extend({ defaultProps: { size: 'sm', siblings: 1 } }),
    Table: Table.extend({
      defaultProps: { verticalSpacing: 'xs', horizontalSpacing: 'md', highlightOnHover: true },
    }),
  },
});
