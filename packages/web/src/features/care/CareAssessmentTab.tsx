import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CARE_ASSESSMENT_FORM, careAssessBody, type CareCaseDetail, type FormDefinition } from '@vatra/core';
import { api } from '../../api/client';
import { useFormDefinition } from '../../api/queries';
import { FormRenderer, type FormDraft } from '../../components/form-renderer';
import { IconInfo } from '../../components/icons';
import { button, card, layout, text, tone } from '../../components/presets';
import { PageLoader, QueryError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { FormAnswers } from '../cases/FormAnswers';
import { careCaseUrl, useCareWrite } from './data';
import { Nothing, RiskBadge } from './parts';

/**
 * The needs and risk assessment (the country's care_assessment form, rendered from its
 * definition): the latest one read-only, or a new one being filled in.
 */
export function CareAssessmentTab({ kase }: { kase: CareCaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const definition = useFormDefinition(CARE_ASSESSMENT_FORM);
  const [editing, setEditing] = useState(false);
  const latest = kase.assessments[0] ?? null;
  const canAssess = hasScope(me, 'care.assess') && kase.status !== 'closed';

  let body;
  if (definition.isPending) body = <PageLoader height={160} />;
  else if (definition.error)
    body = <QueryError error={definition.error} onRetry={() => void definition.refetch()} />;
  else if (editing)
    body = (
      <AssessmentEditor
        kase={kase}
        definition={definition.data}
        start={latest ? (latest.data as FormDraft) : {}}
        onDone={() => setEditing(false)}
      />
    );
  else if (!latest)
    body = (
      <Paper {...card}>
        <Nothing>{t('care.assessment.notYet')}</Nothing>
      </Paper>
    );
  else
    body = (
      <FormRenderer
        definition={definition.data}
        locale={format.locale}
        value={latest.data as FormDraft}
        readOnly
      />
    );

  return (
    <Stack>
      <Group {...layout.header}>
        <Stack gap={2} miw={0}>
          <Title order={3}>{t('care.assessment.title')}</Title>
          {latest && (
            <Group {...layout.chips}>
              <RiskBadge level={latest.riskLevel} />
              <Text {...text.caption}>
                {t('care.assessment.byWhom', {
                  date: format.dateTime(latest.assessedAt),
                  name: latest.assessedBy.fullName,
                  institution: format.name(latest.institution.name),
                })}
              </Text>
            </Group>
          )}
          {kase.assessments.length > 1 && (
            <Text {...text.caption}>
              {t('care.assessment.earlier', { count: kase.assessments.length - 1 })}
            </Text>
          )}
        </Stack>
        {canAssess && !editing && definition.data && (
          <Button {...(latest ? button.secondary : {})} onClick={() => setEditing(true)}>
            {latest ? t('care.assessment.again') : t('care.assessment.fill')}
          </Button>
        )}
      </Group>
      {latest && definition.data && latest.formVersion !== definition.data.version && (
        <Alert color={tone.neutral} icon={<IconInfo />}>
          {t('cases.assessment.olderVersion', { version: latest.formVersion })}
        </Alert>
      )}
      {body}
    </Stack>
  );
}

function AssessmentEditor({
  kase,
  definition,
  start,
  onDone,
}: {
  kase: CareCaseDetail;
  definition: FormDefinition;
  start: FormDraft;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const write = useCareWrite(kase.id);
  return (
    <FormAnswers
      definition={definition}
      start={start}
      submitLabel={t('care.assessment.submit')}
      cancelLabel={t('care.file.cancel')}
      busy={write.busy}
      send={(data, sink) =>
        void write.run({
          sink,
          schema: careAssessBody,
          body: { formVersion: definition.version, data, version: kase.version },
          send: (body) => api.post<CareCaseDetail>(`${careCaseUrl(kase.id)}/assessments`, body),
          notice: t('care.assessment.submitted'),
          onDone,
        })
      }
      onCancel={onDone}
    />
  );
}
