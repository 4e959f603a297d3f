import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Tabs, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { careCloseBody, type CareCaseDetail } from '@vatra/core';
import { api, isApiError } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { IconShield } from '../../components/icons';
import { button, card, detail, dialog, layout, recordPath } from '../../components/presets';
import { EmptyState, FormError, PageLoader, QueryError, usePageTitle } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { Field } from '../cases/parts';
import { ChildProtectionTab } from '../care-child/ChildProtectionTab';
import { DvTab } from '../care-dv/DvTab';
import { CareAssessmentTab } from './CareAssessmentTab';
import { CareDocumentsTab } from './CareDocumentsTab';
import { CarePlanTab } from './CarePlanTab';
import { CareReferralsTab } from './CareReferralsTab';
import { CareTimeline } from './CareTimeline';
import { SensitivityButton } from './SensitivityForm';
import { careCaseUrl, useCareCase, useCareWrite } from './data';
import { ChannelText, ReturneeBadge, RiskBadge, SensitivityBadge, StatusBadge } from './parts';
import { carePaths } from './paths';

const TABS = ['overview', 'assessment', 'plan', 'referrals', 'documents', 'child', 'dv', 'timeline'] as const;
type Tab = (typeof TABS)[number];

const TITLE_ROW = { gap: 'sm', align: 'center', wrap: 'wrap' } as const;
const NUMBER = { className: 'vatra-mono', fw: 700 } as const;
const TABS_LOOK = { keepMounted: false, variant: 'outline' } as const;
// Eight tabs do not fit at 1280 px in Albanian: the row scrolls sideways instead of wrapping a
// tab onto a second line under the outline.
const TAB_ROW = {
  styles: {
    list: { flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden', scrollbarWidth: 'thin' },
    tab: { flexShrink: 0, whiteSpace: 'nowrap' },
  },
} as const;
const GRID = { ...detail.grid, cols: { base: 1, sm: 2, lg: 3 } } as const;

/** Social care › one case: header, overview, assessment, care plan, referrals and timeline. */
export function CareCasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useCareCase(id);
  const [params, setParams] = useSearchParams();
  // The DV tab only for holders of care.dv (the server refuses everyone else anyway).
  const canDv = hasScope(useSession(), 'care.dv');
  // The child-protection tab only on a child's case: the server's concernsChild (a children's
  // target group, a person under 18, or child-protection records already on the case, so a plan
  // stays reachable after the 18th birthday). An elderly man's case has no such tab.
  const shown = (value: Tab) =>
    (value !== 'dv' || canDv) && (value !== 'child' || query.data?.concernsChild === true);
  const tab: Tab = TABS.find((value) => value === params.get('tab') && shown(value)) ?? 'overview';
  usePageTitle(query.data ? query.data.number : t('care.title'));

  if (query.isPending) return <PageLoader />;
  if (query.error) {
    if (isApiError(query.error, 404) || isApiError(query.error, 403))
      return <EmptyState icon={<IconShield size={26} />} title={query.error.message} />;
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const kase = query.data;

  return (
    <Stack {...layout.page}>
      <Anchor component={Link} to={carePaths.list} size="sm">
        {t('care.title')}
      </Anchor>
      <Header kase={kase} />
      <Tabs
        {...TABS_LOOK}
        {...TAB_ROW}
        value={tab}
        onChange={(value) =>
          setParams(value && value !== 'overview' ? { tab: value } : {}, { replace: true })
        }
      >
        <Tabs.List>
          {TABS.filter(shown).map((value) => (
            <Tabs.Tab key={value} value={value}>
              {value === 'child'
                ? t('careChild.tab')
                : value === 'dv'
                  ? t('careDv.tab')
                  : t(`care.file.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Stack pt="md">
          {tab === 'overview' && <Overview kase={kase} />}
          {tab === 'assessment' && <CareAssessmentTab kase={kase} />}
          {tab === 'plan' && <CarePlanTab kase={kase} />}
          {tab === 'referrals' && <CareReferralsTab kase={kase} />}
          {tab === 'documents' && <CareDocumentsTab kase={kase} />}
          {tab === 'child' && <ChildProtectionTab kase={kase} />}
          {tab === 'dv' && <DvTab kase={kase} />}
          {tab === 'timeline' && <CareTimeline kase={kase} />}
        </Stack>
      </Tabs>
    </Stack>
  );
}

function Header({ kase }: { kase: CareCaseDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const [closing, setClosing] = useState(false);
  const canClose = hasScope(me, 'care.manage') && kase.status !== 'closed';
  return (
    <Paper {...card}>
      <Group {...layout.header}>
        <Stack gap={4} miw={0}>
          <Group {...TITLE_ROW}>
            <Title order={2}>
              <Text span {...NUMBER} inherit>
                {kase.number}
              </Text>
            </Title>
            <Title order={2} fw={500}>
              <Anchor component={Link} to={recordPath.person(kase.person.id)} inherit>
                {kase.person.fullName}
              </Anchor>
            </Title>
          </Group>
          <Group {...layout.chips}>
            <StatusBadge status={kase.status} />
            <RiskBadge level={kase.riskLevel} />
            {kase.returnee && <ReturneeBadge />}
            <SensitivityBadge sensitivity={kase.sensitivity} />
          </Group>
        </Stack>
        <Group {...layout.chips}>
          <SensitivityButton kase={kase} />
          {canClose && (
            <Button {...button.secondary} onClick={() => setClosing(true)}>
              {t('care.file.close')}
            </Button>
          )}
        </Group>
      </Group>
      <DialogModal
        opened={closing}
        onClose={() => setClosing(false)}
        title={t('care.file.closeTitle')}
        size={dialog.confirm}
      >
        {closing && <CloseForm kase={kase} onClose={() => setClosing(false)} />}
      </DialogModal>
    </Paper>
  );
}

function CloseForm({ kase, onClose }: { kase: CareCaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const write = useCareWrite(kase.id);
  const form = useFormState({ reason: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: careCloseBody,
      body: { reason: form.values.reason, version: kase.version },
      send: (body) => api.post<CareCaseDetail>(`${careCaseUrl(kase.id)}/close`, body),
      notice: t('care.file.closed'),
      onDone: onClose,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <Textarea label={t('care.file.closeReason')} required autosize minRows={3} {...form.fields.reason} />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('care.file.closeSubmit')} />
      </Stack>
    </form>
  );
}

function Overview({ kase }: { kase: CareCaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const referrer = [
    kase.referringInstitution ? format.name(kase.referringInstitution.name) : null,
    kase.referringParty,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Paper {...card}>
      <SimpleGrid {...GRID}>
        <Field label={t('care.file.channel')}>
          <ChannelText channel={kase.channel} receivedBy={kase.receivedBy} />
        </Field>
        <Field label={t('care.file.referrer')}>{referrer}</Field>
        <Field label={t('care.file.returneeCase')}>
          {kase.returneeCase && (
            <Anchor component={Link} to={recordPath.case(kase.returneeCase.id)} size="sm">
              {kase.returneeCase.number}
            </Anchor>
          )}
        </Field>
        <Field label={t('care.columns.place')}>{format.name(kase.jurisdiction.name)}</Field>
        <Field label={t('care.file.responsible')}>{format.name(kase.responsibleInstitution.name)}</Field>
        <Field label={t('care.file.worker')}>{kase.worker?.fullName ?? ''}</Field>
        <Field label={t('care.file.openedBy')}>{kase.openedBy.fullName}</Field>
        <Field label={t('care.file.openedAt')}>{format.dateTime(kase.openedAt)}</Field>
        <Field label={t('care.file.sensitivity')}>{t(`care.sensitivityShort.${kase.sensitivity}`)}</Field>
        <Field label={t('care.file.targetGroups')}>
          {kase.targetGroups.map((group) => t(`care.targetGroups.${group}`)).join(', ')}
        </Field>
        {kase.closedAt && <Field label={t('care.file.closedAt')}>{format.dateTime(kase.closedAt)}</Field>}
        {kase.closureReason && <Field label={t('care.file.closureReason')}>{kase.closureReason}</Field>}
      </SimpleGrid>
      {kase.summary && (
        <Stack gap={2} mt="md">
          <Text {...detail.label}>{t('care.file.summary')}</Text>
          <Text {...detail.value}>{kase.summary}</Text>
        </Stack>
      )}
    </Paper>
  );
}
