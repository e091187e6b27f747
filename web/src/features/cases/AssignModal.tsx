import { Button, Checkbox, Group, Modal, Progress, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAssignBody, TCaseStaff } from '../../../../shared/schemas/cases.ts';
import type { TProgram } from '../../../../shared/schemas/programs.ts';
import { errorMessage, isApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Notice } from '../../components/Notice.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { useFormat } from '../../i18n/format.ts';
import { useAssignCases } from './api.ts';

/** A facilitator's load against the program's limits, in a bar and in words. */
function CaseloadMeter(props: {
  active: number;
  caseload: TCaseStaff['caseload'];
  adding: number;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const after = props.active + props.adding;
  const color =
    after > props.caseload.maximum
      ? 'red.9'
      : after > props.caseload.recommended
        ? 'yellow.8'
        : 'teal.8';
  return (
    <Stack gap={4}>
      <Progress
        value={Math.min(100, (props.active / props.caseload.maximum) * 100)}
        color={color}
        aria-label={t('ui.cases.assign.caseloadBar')}
        size="md"
      />
      <Text size="sm">
        {t('ui.cases.assign.caseload', {
          active: f.number(props.active),
          recommended: f.number(props.caseload.recommended),
          maximum: f.number(props.caseload.maximum),
        })}
      </Text>
    </Stack>
  );
}

/**
 * Assigns a facilitator and/or a supervisor to chosen cases, or to every (unassigned) active case
 * of a city or locality; going over the recommended caseload asks first.
 */
export function AssignModal(props: {
  opened: boolean;
  onClose: () => void;
  programId: string;
  program: TProgram | undefined;
  staff: TCaseStaff | undefined;
  caseIds: string[];
  defaultCity?: string;
  onAssigned?: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const phone = useMediaQuery('(max-width: 36em)');
  const assign = useAssignCases(props.programId);
  const [facilitatorId, setFacilitatorId] = useState<string | null>(null);
  const [supervisorId, setSupervisorId] = useState<string | null>(null);
  const [city, setCity] = useState<string | null>(props.defaultCity ?? null);
  const [locality, setLocality] = useState<string | null>(null);
  const [onlyUnassigned, setOnlyUnassigned] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<{ body: Partial<TAssignBody>; message: string } | null>(
    null,
  );
  const byCases = props.caseIds.length > 0;
  const staff = props.staff;
  const chosen = staff?.facilitators.find((s) => s.userId === facilitatorId);
  const localities = (props.program?.localities ?? []).filter((l) => l.municipalityCode === city);

  const close = () => {
    setProblem(null);
    setConfirm(null);
    props.onClose();
  };
  const send = (body: Partial<TAssignBody>) => {
    setProblem(null);
    assign.mutate(body, {
      onSuccess: (result) => {
        setConfirm(null);
        notifySuccess(
          t('ui.cases.assign.done'),
          t('ui.cases.assign.doneBody', { count: result.assigned, n: f.number(result.assigned) }),
        );
        props.onAssigned?.();
        close();
      },
      onError: (error) => {
        if (isApiError(error) && error.code === 'caseload_over_recommended') {
          setConfirm({ body: { ...body, confirmOverRecommended: true }, message: error.message });
          return;
        }
        setConfirm(null);
        setProblem(errorMessage(error));
      },
    });
  };
  const submit = () => {
    if (!facilitatorId && !supervisorId) {
      setProblem(t('ui.cases.assign.nobody'));
      return;
    }
    if (!byCases && !city) {
      setProblem(t('ui.cases.assign.chooseCity'));
      return;
    }
    const body: Partial<TAssignBody> = {
      ...(facilitatorId ? { facilitatorId } : {}),
      ...(supervisorId ? { supervisorId } : {}),
      ...(byCases
        ? { caseIds: props.caseIds }
        : {
            filter: {
              ...(locality ? { localityCode: locality } : { municipalityCode: city! }),
              onlyUnassigned,
            },
          }),
    };
    send(body);
  };

  return (
    <>
      <Modal
        opened={props.opened && !confirm}
        onClose={close}
        title={t('ui.cases.assign.title')}
        fullScreen={phone}
        size="lg"
        closeButtonProps={{ 'aria-label': t('ui.common.close') }}
      >
        <Stack>
          <Text size="sm">
            {byCases
              ? t('ui.cases.assign.selected', {
                  count: props.caseIds.length,
                  n: f.number(props.caseIds.length),
                })
              : t('ui.cases.assign.byTerritory')}
          </Text>
          {!byCases && (
            <>
              <Select
                label={t('ui.cases.filters.city')}
                data={(props.program?.cities ?? []).map((c) => ({
                  value: c.municipalityCode,
                  label: c.name,
                }))}
                value={city}
                onChange={(v) => {
                  setCity(v);
                  setLocality(null);
                }}
                searchable
                required
                nothingFoundMessage={t('ui.common.nothingFound')}
              />
              {localities.length > 0 && (
                <Select
                  label={t('ui.cases.filters.locality')}
                  placeholder={t('ui.cases.assign.wholeCity')}
                  data={localities.map((l) => ({ value: l.localityCode, label: l.name }))}
                  value={locality}
                  onChange={setLocality}
                  clearable
                  searchable
                />
              )}
              <Checkbox
                label={t('ui.cases.assign.onlyUnassigned')}
                checked={onlyUnassigned}
                onChange={(e) => setOnlyUnassigned(e.currentTarget.checked)}
              />
            </>
          )}
          <Select
            label={t('ui.cases.assign.facilitator')}
            placeholder={t('ui.cases.assign.keep')}
            data={(staff?.facilitators ?? []).map((s) => ({
              value: s.userId,
              label: t('ui.cases.assign.staffOption', { name: s.name, active: f.number(s.active) }),
            }))}
            value={facilitatorId}
            onChange={setFacilitatorId}
            clearable
            searchable
            nothingFoundMessage={t('ui.common.nothingFound')}
          />
          {chosen && staff && (
            <CaseloadMeter
              active={chosen.active}
              caseload={staff.caseload}
              adding={props.caseIds.length}
            />
          )}
          <Select
            label={t('ui.cases.assign.supervisor')}
            placeholder={t('ui.cases.assign.keep')}
            data={(staff?.supervisors ?? []).map((s) => ({
              value: s.userId,
              label: t('ui.cases.assign.staffOption', { name: s.name, active: f.number(s.active) }),
            }))}
            value={supervisorId}
            onChange={setSupervisorId}
            clearable
            searchable
            nothingFoundMessage={t('ui.common.nothingFound')}
          />
          {problem && (
            <Notice
              color="red"
              icon={<IconAlertTriangle aria-hidden="true" />}
              role="alert"
              title={t('ui.cases.assign.failed')}
            >
              {problem}
            </Notice>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('ui.common.cancel')}
            </Button>
            <Button onClick={submit} loading={assign.isPending}>
              {t('ui.cases.assign.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ConfirmDialog
        opened={props.opened && Boolean(confirm)}
        title={t('ui.cases.assign.overTitle')}
        message={confirm?.message ?? ''}
        confirmLabel={t('ui.cases.assign.overConfirm')}
        loading={assign.isPending}
        onConfirm={() => confirm && send(confirm.body)}
        onClose={() => setConfirm(null)}
      />
    </>
  );
}
