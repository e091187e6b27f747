import { Anchor, Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { IconExternalLink, IconPaperclip } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TEncounter } from '../../../../shared/schemas/cases.ts';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { useFormat } from '../../i18n/format.ts';
import {
  DOCUMENT_ACCEPT,
  DOCUMENT_LIMIT_MB,
  fileProblem,
  fileSize,
  serverProblem,
} from '../registration/documentFiles.ts';
import type { DocumentProblem } from '../registration/documentFiles.ts';
import { attachmentUrl, useAttachToEncounter } from './api.ts';

/**
 * An encounter's photos and PDFs: each opens in a new tab; those who work the case attach more
 * (the same size and type checks as the application documents, then the server's by content).
 */
export function EncounterAttachments({
  programId,
  caseId,
  encounter,
  canAttach,
}: {
  programId: string;
  caseId: string;
  encounter: TEncounter;
  canAttach: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const attach = useAttachToEncounter(programId, caseId);
  const [sending, setSending] = useState<{ file: string; progress: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const resetRef = useRef<() => void>(null);
  const date = f.day(encounter.occurredOn);

  const problemText = (p: DocumentProblem) =>
    p === 'document_too_large'
      ? t('validation.document_too_large', { limit: DOCUMENT_LIMIT_MB })
      : t('validation.document_type_not_allowed');

  const choose = (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    const local = fileProblem(file);
    if (local) {
      setProblem(problemText(local));
      return;
    }
    setProblem(null);
    setSending({ file: file.name, progress: 0 });
    attach.mutate(
      {
        encounterId: encounter.id,
        file,
        onProgress: (progress) => setSending({ file: file.name, progress }),
      },
      {
        onSuccess: () => notifySuccess(t('ui.cases.attachments.attached'), file.name),
        onError: (e) => {
          const known = isApiError(e) ? serverProblem(e) : null;
          setProblem(known ? problemText(known) : errorMessage(e));
        },
        onSettled: () => setSending(null),
      },
    );
  };

  const size = (bytes: number) => {
    const s = fileSize(bytes, f.locale);
    return s.unit === 'kb'
      ? t('ui.cases.attachments.sizeKb', { size: s.value })
      : t('ui.cases.attachments.sizeMb', { size: s.value });
  };
  const processing = sending !== null && sending.progress >= 1;
  if (encounter.attachments.length === 0 && !canAttach) return null;

  return (
    <Stack gap={6} mt={4}>
      {encounter.attachments.length > 0 && (
        <Stack
          component="ul"
          gap={4}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('ui.cases.attachments.listOf', { date })}
        >
          {encounter.attachments.map((a) => (
            <li key={a.id}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <IconPaperclip
                  size={16}
                  aria-hidden="true"
                  style={{ flex: 'none', marginTop: 2 }}
                />
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <Anchor
                    href={attachmentUrl(programId, caseId, a.id)}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={`${t('ui.cases.attachments.openOf', { file: a.originalName })} (${t('ui.common.opensInNewTab')})`}
                  >
                    {a.originalName}
                    <IconExternalLink
                      size={14}
                      aria-hidden="true"
                      style={{ marginInlineStart: 4, verticalAlign: 'middle' }}
                    />
                  </Anchor>{' '}
                  <Text span size="xs" c="dimmed">
                    {size(a.sizeBytes)}
                  </Text>
                </Text>
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {canAttach && (
        <Stack gap={4} align="flex-start">
          <FileButton
            onChange={choose}
            accept={DOCUMENT_ACCEPT}
            resetRef={resetRef}
            disabled={sending !== null}
          >
            {(props) => (
              <Button
                {...props}
                size="xs"
                variant="light"
                loading={sending !== null}
                leftSection={<IconPaperclip size={16} aria-hidden="true" />}
                aria-label={t('ui.cases.attachments.attachFor', { date })}
              >
                {t('ui.cases.attachments.attach')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('ui.cases.attachments.help', { limit: DOCUMENT_LIMIT_MB })}
          </Text>
        </Stack>
      )}
      {sending && (
        <Stack gap={4} role="status" aria-live="polite">
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {processing
              ? t('ui.cases.attachments.processing', { file: sending.file })
              : t('ui.cases.attachments.uploading', {
                  file: sending.file,
                  percent: Math.round(sending.progress * 100),
                })}
          </Text>
          <Progress
            value={sending.progress * 100}
            animated={processing}
            striped={processing}
            aria-hidden="true"
          />
        </Stack>
      )}
      {problem && (
        <Notice color="red" role="alert" title={t('ui.cases.attachments.failed')}>
          {problem}
        </Notice>
      )}
    </Stack>
  );
}
