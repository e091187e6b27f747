import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS } from '../../../../shared/schemas/assessment.ts';
import type { Level } from '../../../../shared/schemas/assessment.ts';
import { errorMessage, formErrors, unplacedFieldErrors } from '../../api/client.ts';
import { ChoiceGroup } from '../../components/ChoiceGroup.tsx';
import { Notice } from '../../components/Notice.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { useAdjustLevel } from './api.ts';
import { LevelBadge } from './LevelBadge.tsx';

const FIELDS = ['level', 'reason'] as const;
const MIN_REASON = 5;

/** A supervisor changes a lever's level (or the overall one) and says why. */
export function AdjustLevelModal(props: {
  programId: string;
  caseId: string;
  /** A lever id, or "overall". */
  target: string;
  targetName: string;
  current: Level;
  originalLevel: Level;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const adjust = useAdjustLevel(props.programId, props.caseId);
  const [level, setLevel] = useState<Level>(props.current);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});

  const server = formErrors(adjust.error, FIELDS);
  const unplaced = unplacedFieldErrors(adjust.error, FIELDS);

  const send = () => {
    const next: typeof errors = {};
    if (level === props.current) next.level = t('ui.assessment.adjust.sameLevel');
    if (reason.trim().length < MIN_REASON)
      next.reason = t('ui.assessment.adjust.reasonShort', { min: MIN_REASON });
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    adjust.mutate(
      { target: props.target, level, reason: reason.trim() },
      {
        onSuccess: () => {
          notifySuccess(
            t('ui.assessment.adjust.doneTitle'),
            t('ui.assessment.adjust.doneBody', {
              name: props.targetName,
              level: t(`levels.${level}`),
            }),
          );
          props.onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('ui.assessment.adjust.title', { name: props.targetName })}
      fullScreen={phone}
      size="md"
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
      >
        <Stack>
          <Group gap="xs">
            <Text size="sm">{t('ui.assessment.adjust.current')}</Text>
            <LevelBadge level={props.current} />
            {props.current !== props.originalLevel && (
              <Text size="sm" c="dimmed">
                {t('ui.assessment.adjust.scored', { level: t(`levels.${props.originalLevel}`) })}
              </Text>
            )}
          </Group>
          <ChoiceGroup
            label={t('ui.assessment.adjust.level')}
            options={LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
            value={level}
            onChange={(v) => {
              setLevel(v as Level);
              setErrors((e) => ({ ...e, level: undefined }));
            }}
            error={errors.level ?? server.level}
            required
            size="md"
            name="adjust-level"
          />
          <Textarea
            label={t('ui.assessment.adjust.reason')}
            description={t('ui.assessment.adjust.reasonHelp')}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setErrors((x) => ({ ...x, reason: undefined }));
            }}
            error={errors.reason ?? server.reason}
            required
            autosize
            minRows={3}
            maxRows={8}
            maxLength={1000}
            size="md"
            data-autofocus
          />
          {adjust.isError && !server.level && !server.reason && (
            <Notice
              color="red"
              icon={<IconAlertTriangle aria-hidden="true" />}
              title={t('ui.assessment.adjust.failed')}
              role="alert"
            >
              <Stack gap={4}>
                <Text size="sm">{errorMessage(adjust.error)}</Text>
                {unplaced.map((m) => (
                  <Text size="sm" key={m}>
                    {m}
                  </Text>
                ))}
              </Stack>
            </Notice>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" loading={adjust.isPending}>
              {t('ui.assessment.adjust.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
