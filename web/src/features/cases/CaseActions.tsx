import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseDetail, TCaseSettings } from '../../../../shared/schemas/cases.ts';
import { ApiError, isApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { useQueryClient } from '@tanstack/react-query';
import { caseKeys, useReactivateCase, useRecordEncounter, useWithdrawCase } from './api.ts';
import { EncounterFields, useEncounterForm } from './EncounterForm.tsx';
import { useCaseLabels } from './labels.ts';

/** On a 409 the case changed under us: say so plainly and load it again. */
function useFailure(programId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (title: string, error: unknown) => {
    if (isApiError(error) && error.code === 'conflict') {
      void queryClient.invalidateQueries({ queryKey: caseKeys.all(programId) });
      notifyError(
        t('ui.cases.move.conflictTitle'),
        new ApiError({ status: 409, code: 'conflict', message: t('ui.cases.move.conflictBody') }),
      );
      return;
    }
    notifyError(title, error);
  };
}

function useDialogSize() {
  return useMediaQuery('(max-width: 36em)');
}

export function EncounterModal(props: {
  opened: boolean;
  onClose: () => void;
  programId: string;
  detail: TCaseDetail;
}) {
  const { t } = useTranslation();
  const phone = useDialogSize();
  const record = useRecordEncounter(props.programId, props.detail.id);
  const form = useEncounterForm();
  const fail = useFailure(props.programId);
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('ui.cases.encounter.title', { name: props.detail.businessName })}
      fullScreen={phone}
      size="lg"
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const body = form.validate();
          if (!body) return;
          record.mutate(body, {
            onSuccess: () => {
              notifySuccess(t('ui.cases.encounter.saved'), props.detail.businessName);
              props.onClose();
            },
            onError: (error) => fail(t('ui.cases.encounter.failed'), error),
          });
        }}
      >
        <Stack>
          <EncounterFields form={form} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('ui.cases.encounter.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function WithdrawModal(props: {
  opened: boolean;
  onClose: () => void;
  programId: string;
  detail: TCaseDetail;
  settings: TCaseSettings;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels(props.settings);
  const phone = useDialogSize();
  const withdraw = useWithdrawCase(props.programId, props.detail.id);
  const fail = useFailure(props.programId);
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const submit = () => {
    if (!reason) return;
    withdraw.mutate(
      { reason, note: note.trim(), version: props.detail.version },
      {
        onSuccess: () => {
          setConfirming(false);
          notifySuccess(t('ui.cases.withdraw.done'), props.detail.businessName);
          props.onClose();
        },
        onError: (e) => {
          setConfirming(false);
          fail(t('ui.cases.withdraw.failed'), e);
        },
      },
    );
  };
  return (
    <>
      <Modal
        opened={props.opened && !confirming}
        onClose={props.onClose}
        title={t('ui.cases.withdraw.title', { name: props.detail.businessName })}
        fullScreen={phone}
        closeButtonProps={{ 'aria-label': t('ui.common.close') }}
      >
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason) {
              setError(t('ui.cases.withdraw.reasonRequired'));
              return;
            }
            setConfirming(true);
          }}
        >
          <Stack>
            <Text size="sm">{t('ui.cases.withdraw.intro')}</Text>
            <Select
              label={t('ui.cases.withdraw.reason')}
              data={props.settings.withdrawalReasons.map((r) => ({
                value: r.id,
                label: labels.reason(r.id),
              }))}
              value={reason}
              onChange={(v) => {
                setReason(v);
                setError(null);
              }}
              error={error}
              required
              size="md"
              comboboxProps={{ withinPortal: true }}
            />
            <Textarea
              label={t('ui.cases.withdraw.note')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
              size="md"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={props.onClose}>
                {t('ui.common.cancel')}
              </Button>
              <Button type="submit" color="red.9">
                {t('ui.cases.withdraw.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConfirmDialog
        opened={props.opened && confirming}
        title={t('ui.cases.withdraw.confirmTitle')}
        message={t('ui.cases.withdraw.confirmBody', {
          name: props.detail.businessName,
          reason: reason ? labels.reason(reason) : '',
        })}
        confirmLabel={t('ui.cases.withdraw.confirm')}
        danger
        loading={withdraw.isPending}
        onConfirm={submit}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

export function ReactivateModal(props: {
  opened: boolean;
  onClose: () => void;
  programId: string;
  detail: TCaseDetail;
}) {
  const { t } = useTranslation();
  const phone = useDialogSize();
  const reactivate = useReactivateCase(props.programId, props.detail.id);
  const fail = useFailure(props.programId);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('ui.cases.reactivate.title', { name: props.detail.businessName })}
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (note.trim().length < 3) {
            setError(t('ui.cases.reactivate.noteRequired'));
            return;
          }
          reactivate.mutate(
            { note: note.trim(), version: props.detail.version },
            {
              onSuccess: () => {
                notifySuccess(t('ui.cases.reactivate.done'), props.detail.businessName);
                props.onClose();
              },
              onError: (e) => fail(t('ui.cases.reactivate.failed'), e),
            },
          );
        }}
      >
        <Stack>
          <Text size="sm">{t('ui.cases.reactivate.intro')}</Text>
          <Textarea
            label={t('ui.cases.reactivate.note')}
            value={note}
            onChange={(e) => {
              setNote(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            required
            autosize
            minRows={2}
            maxLength={2000}
            size="md"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" loading={reactivate.isPending}>
              {t('ui.cases.reactivate.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
