import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InfiniteData, QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { checkMove, encounterSatisfies, nextStage } from '../../../../shared/domain/cases/gates.ts';
import type { CaseFacts } from '../../../../shared/domain/cases/gates.ts';
import type {
  TBoard,
  TCaseCard,
  TCaseDetail,
  TCaseSettings,
  TGateRequirement,
} from '../../../../shared/schemas/cases.ts';
import { ApiError, isApiError } from '../../api/client.ts';
import type { FieldError } from '../../../../shared/errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import type { Page } from '../users/api.ts';
import { caseChanged, caseKeys, moveCase } from './api.ts';
import type { MoveVariables } from './api.ts';
import { assessmentPage, planPage } from '../assessment/api.ts';
import { EncounterFields, useEncounterForm } from './EncounterForm.tsx';
import { caseFacts, missingFromError } from './gates.ts';
import { useCaseLabels } from './labels.ts';

type Pending =
  | { kind: 'gate'; card: TCaseCard; target: string; missing: TGateRequirement[]; facts: CaseFacts }
  | { kind: 'skipped'; card: TCaseCard; target: string; stage: string };

type Snapshot = [QueryKey, unknown][];

/** The board with a card moved: out of its column, onto the top of the target's. */
function boardWithMove(board: TBoard, card: TCaseCard, target: string): TBoard {
  return {
    ...board,
    columns: board.columns.map((column) => {
      const had = column.cards.some((c) => c.id === card.id);
      if (column.stage === target)
        return {
          ...column,
          count: column.count + (column.stage === card.stage ? 0 : 1),
          cards: [{ ...card, stage: target }, ...column.cards.filter((c) => c.id !== card.id)],
        };
      if (column.stage === card.stage)
        return {
          ...column,
          count: Math.max(0, column.count - 1),
          cards: had ? column.cards.filter((c) => c.id !== card.id) : column.cards,
        };
      return column;
    }),
  };
}

function paramsOf(error: unknown): Record<string, unknown> {
  if (!isApiError(error)) return {};
  const field: FieldError & { params?: Record<string, unknown> } = error.fields[0] ?? {
    path: '',
    code: '',
    message: '',
  };
  return field.params ?? {};
}

/**
 * Moving a case, from the board, the list or its page: checks the gate first with what is known,
 * moves the card at once and puts it back on any error, and opens the dialog that asks for exactly
 * what the target stage still needs (an encounter recorded in the same request when that is
 * enough; otherwise what to do and where).
 */
export function useMoveFlow(programId: string, settings: TCaseSettings | undefined) {
  const { t } = useTranslation();
  const labels = useCaseLabels(settings);
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Pending | null>(null);

  const mutation = useMutation({
    mutationFn: (v: MoveVariables & { card: TCaseCard }) =>
      moveCase(programId, {
        caseId: v.caseId,
        stage: v.stage,
        version: v.version,
        encounter: v.encounter,
      }),
    onMutate: async (v): Promise<Snapshot> => {
      const boards = { queryKey: [...caseKeys.all(programId), 'board'] };
      const columns = { queryKey: [...caseKeys.all(programId), 'column'] };
      await queryClient.cancelQueries(boards);
      await queryClient.cancelQueries(columns);
      const snapshot: Snapshot = [
        ...queryClient.getQueriesData(boards),
        ...queryClient.getQueriesData(columns),
      ];
      queryClient.setQueriesData<TBoard>(boards, (board) =>
        board ? boardWithMove(board, v.card, v.stage) : board,
      );
      queryClient.setQueriesData<InfiniteData<Page<TCaseCard>>>(columns, (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((p) => ({
                ...p,
                items: p.items.filter((c) => c.id !== v.card.id),
              })),
            }
          : data,
      );
      return snapshot;
    },
    onError: (error, v, snapshot) => {
      for (const [key, data] of snapshot ?? []) queryClient.setQueryData(key, data);
      const refresh = () =>
        void queryClient.invalidateQueries({ queryKey: caseKeys.all(programId) });
      const missing = settings ? missingFromError(error, settings, v.stage) : null;
      if (missing && missing.length > 0) {
        const detail = queryClient.getQueryData<TCaseDetail>(caseKeys.detail(programId, v.caseId));
        setPending({
          kind: 'gate',
          card: v.card,
          target: v.stage,
          missing,
          facts: caseFacts(v.card, detail),
        });
        return;
      }
      if (isApiError(error) && error.code === 'stage_skipped') {
        const fromServer = paramsOf(error).stage;
        const local = settings ? checkMove(settings, caseFacts(v.card), v.stage) : null;
        const stage =
          typeof fromServer === 'string'
            ? fromServer
            : local && !local.ok && local.reason === 'stage_skipped'
              ? local.stage
              : ((settings && nextStage(settings, v.card.stage)) ?? '');
        setPending({ kind: 'skipped', card: v.card, target: v.stage, stage });
        return;
      }
      setPending(null);
      refresh();
      if (isApiError(error) && error.code === 'conflict') {
        notifyError(
          t('ui.cases.move.conflictTitle'),
          new ApiError({ status: 409, code: 'conflict', message: t('ui.cases.move.conflictBody') }),
        );
        return;
      }
      if (isApiError(error) && error.code === 'case_not_active') {
        notifyError(t('ui.cases.move.notActiveTitle'), error);
        return;
      }
      notifyError(t('ui.cases.move.failed'), error);
    },
    onSuccess: (detail, v) => {
      setPending(null);
      caseChanged(queryClient, programId, detail);
      notifySuccess(
        t('ui.cases.move.done'),
        v.encounter
          ? t('ui.cases.move.doneWithEncounter', {
              name: detail.businessName,
              stage: labels.stage(detail.stage),
            })
          : t('ui.cases.move.doneBody', {
              name: detail.businessName,
              stage: labels.stage(detail.stage),
            }),
      );
    },
  });

  const request = (card: TCaseCard, target: string) => {
    if (!settings || target === card.stage || mutation.isPending) return;
    const detail = queryClient.getQueryData<TCaseDetail>(caseKeys.detail(programId, card.id));
    const facts = caseFacts(card, detail);
    const check = checkMove(settings, facts, target);
    if (!check.ok) {
      if (check.reason === 'stage_skipped')
        setPending({ kind: 'skipped', card, target, stage: check.stage });
      else if (check.reason === 'gate_unmet')
        setPending({ kind: 'gate', card, target, missing: check.missing, facts });
      return;
    }
    mutation.mutate({ caseId: card.id, stage: target, version: card.version, card });
  };

  const dialog = pending ? (
    <GateDialog
      key={`${pending.card.id}-${pending.target}-${pending.kind}`}
      pending={pending}
      programId={programId}
      settings={settings}
      submitting={mutation.isPending}
      onClose={() => setPending(null)}
      onMoveInstead={(stage) => {
        setPending(null);
        request(pending.card, stage);
      }}
      onSubmit={(encounter) =>
        mutation.mutate({
          caseId: pending.card.id,
          stage: pending.target,
          version: pending.card.version,
          encounter,
          card: pending.card,
        })
      }
    />
  ) : null;

  return { request, dialog, moving: mutation.isPending ? mutation.variables?.caseId : undefined };
}

function GateDialog(props: {
  pending: Pending;
  programId: string;
  settings: TCaseSettings | undefined;
  submitting: boolean;
  onClose: () => void;
  onMoveInstead: (stage: string) => void;
  onSubmit: (encounter: NonNullable<MoveVariables['encounter']>) => void;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels(props.settings);
  const phone = useMediaQuery('(max-width: 36em)');
  const { pending } = props;
  const card = pending.card;
  const canRecord = pending.kind === 'gate' && encounterSatisfies(pending.missing, pending.facts);
  const form = useEncounterForm({
    requireNextSteps:
      pending.kind === 'gate' && pending.missing.some((r) => r.kind === 'next_steps'),
  });
  const caseLink = `/p/${encodeURIComponent(props.programId)}/cases/${encodeURIComponent(card.id)}`;
  // What an encounter cannot give is done on its own page: the assessment, the plan, or the case.
  const missingKinds = pending.kind === 'gate' ? pending.missing.map((r) => r.kind) : [];
  const elsewhere = missingKinds.includes('diagnosis')
    ? {
        to: assessmentPage(props.programId, card.id),
        label: t('ui.assessment.gate.assess'),
        help: t('ui.assessment.gate.assessHelp'),
      }
    : missingKinds.some((k) => k === 'plan' || k === 'plan_presented' || k === 'plan_completed')
      ? {
          to: planPage(props.programId, card.id),
          label: t('ui.assessment.gate.plan'),
          help: t('ui.assessment.gate.planHelp'),
        }
      : {
          to: caseLink,
          label: t('ui.cases.gate.openCase'),
          help: t('ui.cases.gate.elsewhereHelp'),
        };
  const title = t('ui.cases.gate.title', {
    name: card.businessName,
    stage: labels.stage(pending.target),
  });

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={title}
      fullScreen={phone}
      size="lg"
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      {pending.kind === 'skipped' ? (
        <Stack>
          <Notice
            color="yellow"
            icon={<IconInfoCircle aria-hidden="true" />}
            title={t('ui.cases.gate.skippedTitle')}
          >
            {t('ui.cases.gate.skippedBody', {
              stage: labels.stage(pending.stage),
              target: labels.stage(pending.target),
            })}
          </Notice>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('ui.common.cancel')}
            </Button>
            {pending.stage && pending.stage !== card.stage && (
              <Button onClick={() => props.onMoveInstead(pending.stage)} data-autofocus>
                {t('ui.cases.gate.moveTo', { stage: labels.stage(pending.stage) })}
              </Button>
            )}
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const body = form.validate();
            if (body) props.onSubmit(body);
          }}
        >
          <Stack>
            <Notice
              color="yellow"
              icon={<IconAlertTriangle aria-hidden="true" />}
              title={t('ui.cases.gate.needs', { stage: labels.stage(pending.target) })}
            >
              <List size="sm" spacing={4}>
                {pending.missing.map((r) => (
                  <List.Item key={r.kind}>{labels.gate(r)}</List.Item>
                ))}
              </List>
            </Notice>
            {canRecord ? (
              <>
                <Text size="sm">{t('ui.cases.gate.recordHelp')}</Text>
                <EncounterFields form={form} />
                <Group justify="flex-end" gap="sm">
                  <Button variant="default" onClick={props.onClose}>
                    {t('ui.common.cancel')}
                  </Button>
                  <Button type="submit" loading={props.submitting}>
                    {t('ui.cases.gate.recordAndMove')}
                  </Button>
                </Group>
              </>
            ) : (
              <>
                <Text size="sm">{elsewhere.help}</Text>
                <Group justify="flex-end" gap="sm">
                  <Button variant="default" onClick={props.onClose}>
                    {t('ui.common.close')}
                  </Button>
                  <Button component={Link} to={elsewhere.to} onClick={props.onClose} data-autofocus>
                    {elsewhere.label}
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        </form>
      )}
    </Modal>
  );
}
