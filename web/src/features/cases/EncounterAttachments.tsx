import { Anchor, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { IconExternalLink, IconPaperclip } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TEncounter } from '../../../../shared/schemas/cases.ts';
import { Notice } from '../../components/Notice.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { useFormat } from '../../i18n/format.ts';
import { DOCUMENT_ACCEPT, DOCUMENT_LIMIT_MB, fileSize } from '../registration/documentFiles.ts';
import { UploadProgress, useDocumentUpload } from '../registration/documentUpload.tsx';
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
  const { sending, problem, upload } = useDocumentUpload();
  const resetRef = useRef<() => void>(null);
  const date = f.day(encounter.occurredOn);

  const choose = async (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    const sent = await upload(file, (onProgress) =>
      attach.mutateAsync({ encounterId: encounter.id, file, onProgress }),
    );
    if (sent) notifySuccess(t('ui.cases.attachments.attached'), file.name);
  };

  const size = (bytes: number) => {
    const s = fileSize(bytes, f.locale);
    return s.unit === 'kb'
      ? t('ui.cases.attachments.sizeKb', { size: s.value })
      : t('ui.cases.attachments.sizeMb', { size: s.value });
  };
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
        <UploadProgress
          sending={sending}
          uploading={(percent) =>
            t('ui.cases.attachments.uploading', { file: sending.file, percent })
          }
          processing={t('ui.cases.attachments.processing', { file: sending.file })}
        />
      )}
      {problem && (
        <Notice color="red" role="alert" title={t('ui.cases.attachments.failed')}>
          {problem}
        </Notice>
      )}
    </Stack>
  );
}
