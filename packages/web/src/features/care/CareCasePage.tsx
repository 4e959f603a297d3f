import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { careCloseBody, type CareCaseDetail } from '@vatra/core';
import { api } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { button, card, detail, dialog, layout, recordPath } from '../../components/presets';
import { FormError, usePageTitle } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { CaseFile, CaseTitle, useTabParam } from '../cases/CaseFile';
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

const TABS = [
  'overview',
  'assessment',
  'plan',
  'referrals',
  'documents',
  'child',
  'dv',
  'timeline',
] as const satisfies readonly [string, ...string[]];
type Tab = (typeof TABS)[number];

// Eight tabs do not fit at 1280 px in Albanian: the row scrolls sideways instead of wrapping a
// tab onto a second line under the outline.
const TAB_ROW = {
  list: { flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden', scrollbarWidth: 'thin' },
  tab: { flexShrink: 0, whiteSpace: 'nowrap' },
} as const;
const GRID = { ...detail.grid, cols: { base: 1, sm: 2, lg: 3 } } as const;

/** Social care › one case: header, overview, assessment, care plan, referrals and timeline. */
export function CareCasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useCareCase(id);
  // The DV tab only for holders of care.dv (the server refuses everyone else anyway).
  const canDv = hasScope(useSession(), 'care.dv');
  // The child-protection tab only on a child's case: the server's concernsChild (a children's
  // target group, a person under 18, or child-protection records already on the case, so a plan
  // stays reachable after the 18th birthday). An elderly man's case has no such tab.
  const shown = (value: Tab) =>
    (value !== 'dv' || canDv) && (value !== 'child' || query.data?.concernsChild === true);
  const { tab, choose } = useTabParam(TABS, shown);
  usePageTitle(query.data ? query.data.number : t('care.title'));

  return (
    <CaseFile
      query={query}
      notFoundTitle={(error) => error.message}
      back={{ to: carePaths.list, label: t('care.title') }}
      header={(kase) => <Header kase={kase} />}
      tabs={TABS.filter(shown)}
      tab={tab}
      onTab={choose}
      tabLabel={(value) =>
        value === 'child' ? t('careChild.tab') : value === 'dv' ? t('careDv.tab') : t(`care.file.${value}`)
      }
      tabsStyles={TAB_ROW}
    >
      {(kase) => (
        <>
          {tab === 'overview' && <Overview kase={kase} />}
          {tab === 'assessment' && <CareAssessmentTab kase={kase} />}
          {tab === 'plan' && <CarePlanTab kase={kase} />}
          {tab === 'referrals' && <CareReferralsTab kase={kase} />}
          {tab === 'documents' && <CareDocumentsTab kase={kase} />}
          {tab === 'child' && <ChildProtectionTab kase={kase} />}
          {tab === 'dv' && <DvTab kase={kase} />}
          {tab === 'timeline' && <CareTimeline kase={kase} />}
        </>
      )}
    </CaseFile>
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
          <CaseTitle number={kase.number}>
            <Anchor component={Link} to={recordPath.person(kase.person.id)} inherit>
              {kase.person.fullName}
            </Anchor>
          </CaseTitle>
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
