import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TEncounter } from '../../../../shared/schemas/cases.ts';
import { notifySuccess } from '../../components/notify.ts';
import { useFormat } from '../../i18n/format.ts';
import { DOCUMENT_LIMIT_MB } from '../registration/documentFiles.ts';
import {
  AttachButton,
  AttachedFiles,
  UploadStatus,
  useDocumentUpload,
} from '../registration/documentUpload.tsx';
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
  const uploader = useDocumentUpload();
  const date = f.day(encounter.occurredOn);

  const choose = async (picked: File | null) => {
    const sent = await uploader.upload(picked, (file, onProgress) =>
      attach.mutateAsync({ encounterId: encounter.id, file, onProgress }),
    );
    if (sent) notifySuccess(t('ui.cases.attachments.attached'), sent.name);
  };

  if (encounter.attachments.length === 0 && !canAttach) return null;

  return (
    <Stack gap={6} mt={4}>
      <AttachedFiles
        files={encounter.attachments}
        label={t('ui.cases.attachments.listOf', { date })}
        href={(id) => attachmentUrl(programId, caseId, id)}
        openLabel={(file) => t('ui.cases.attachments.openOf', { file })}
      />
      {canAttach && (
        <Stack gap={4} align="flex-start">
          <AttachButton
            uploader={uploader}
            onChoose={choose}
            size="xs"
            variant="light"
            iconSize={16}
            aria-label={t('ui.cases.attachments.attachFor', { date })}
          >
            {t('ui.cases.attachments.attach')}
          </AttachButton>
          <Text size="xs" c="dimmed">
            {t('ui.cases.attachments.help', { limit: DOCUMENT_LIMIT_MB })}
          </Text>
        </Stack>
      )}
      <UploadStatus
        uploader={uploader}
        uploading={(file, percent) => t('ui.cases.attachments.uploading', { file, percent })}
        processing={(file) => t('ui.cases.attachments.processing', { file })}
        failed={t('ui.cases.attachments.failed')}
      />
    </Stack>
  );
}
