import { Button, FileButton, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconCamera, IconCircleCheck, IconLock } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TApplicationStatus } from '../../../../../shared/schemas/registration.ts';
import { errorMessage, isApiError } from '../../../api/client.ts';
import { Notice } from '../../../components/Notice.tsx';
import { useUploadPublicDocument } from '../api.ts';
import {
  DOCUMENT_ACCEPT,
  DOCUMENT_LIMIT_MB,
  fileProblem,
  serverProblem,
} from '../documentFiles.ts';
import { UploadProgress, useDocumentProblemText } from '../documentUpload.tsx';
import { useRegLabels } from '../labels.ts';

export interface StatusCredentials {
  code: string;
  documentNumber: string;
}

/** Why an upload did not go through, in words for the applicant. */
function useUploadError() {
  const { t } = useTranslation();
  const problem = useDocumentProblemText();
  return {
    problem,
    fromError: (error: unknown) => {
      if (!isApiError(error)) return errorMessage(error);
      const known = serverProblem(error);
      if (known) return problem(known);
      if (error.status === 404) return t('ui.status.uploadNotFound');
      return errorMessage(error);
    },
  };
}

interface Sending {
  kind: string;
  file: string;
  progress: number;
}

function MissingDocument({
  kind,
  rejectionReason,
  sending,
  busy,
  error,
  onChoose,
}: {
  kind: string;
  rejectionReason: string | null;
  sending: Sending | null;
  busy: boolean;
  error: string | null;
  onChoose: (file: File | null) => void;
}) {
  const { t } = useTranslation();
  const labels = useRegLabels();
  const resetRef = useRef<() => void>(null);
  const name = labels.documentKind(kind);
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap="xs">
        <Text fw={600}>{name}</Text>
        {rejectionReason && (
          <Text size="sm" c="red.9">
            {t('ui.status.rejectedBecause', { reason: rejectionReason })} {t('ui.status.sendAgain')}
          </Text>
        )}
        {sending && (
          <UploadProgress
            sending={sending}
            uploading={(percent) => t('ui.status.uploading', { file: sending.file, percent })}
            processing={t('ui.status.processing', { file: sending.file })}
          />
        )}
        {error && (
          <Notice
            color="red"
            role="alert"
            icon={<IconAlertCircle aria-hidden="true" />}
            title={t('ui.status.uploadFailed', { document: name })}
          >
            {error}
          </Notice>
        )}
        <FileButton
          accept={DOCUMENT_ACCEPT}
          resetRef={resetRef}
          disabled={busy}
          onChange={(file) => {
            onChoose(file);
            resetRef.current?.();
          }}
        >
          {(props) => (
            <Button
              {...props}
              size="md"
              variant={rejectionReason ? 'filled' : 'light'}
              fullWidth
              h="auto"
              mih={44}
              py={8}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
              loading={sending !== null}
              disabled={busy && sending === null}
              leftSection={<IconCamera size={20} aria-hidden="true" />}
              aria-label={t('ui.status.chooseOf', { document: name })}
            >
              {t('ui.status.choose')}
            </Button>
          )}
        </FileButton>
      </Stack>
    </Paper>
  );
}

/**
 * The documents the call still needs from the applicant (never sent, or rejected), each with a
 * button that opens the phone's camera or files and sends at once, showing its progress.
 */
export function DocumentUpload({
  status,
  credentials,
  onUploaded,
}: {
  status: TApplicationStatus;
  credentials: StatusCredentials;
  onUploaded: (status: TApplicationStatus) => void;
}) {
  const { t } = useTranslation();
  const labels = useRegLabels();
  const send = useUploadPublicDocument();
  const messages = useUploadError();
  const [sending, setSending] = useState<Sending | null>(null);
  const [failed, setFailed] = useState<{ kind: string; message: string } | null>(null);
  const [received, setReceived] = useState<string | null>(null);

  if (status.missingDocuments.length === 0 && received === null) return null;

  /** The newest rejection of a kind, when that is why it is missing. */
  const rejection = (kind: string) =>
    [...status.documents].reverse().find((d) => d.kind === kind && d.status === 'rejected')
      ?.rejectionReason ?? null;

  const choose = (kind: string, file: File | null) => {
    if (!file) return;
    setReceived(null);
    const problem = fileProblem(file);
    if (problem) {
      setFailed({ kind, message: messages.problem(problem) });
      return;
    }
    setFailed(null);
    setSending({ kind, file: file.name, progress: 0 });
    send.mutate(
      {
        ...credentials,
        kind,
        file,
        onProgress: (progress) => setSending({ kind, file: file.name, progress }),
      },
      {
        onSuccess: (next) => {
          setReceived(kind);
          onUploaded(next);
        },
        onError: (error) => setFailed({ kind, message: messages.fromError(error) }),
        onSettled: () => setSending(null),
      },
    );
  };

  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="missing-documents-title"
    >
      <Stack gap="sm">
        <Title order={3} fz={{ base: 18, sm: 20 }} id="missing-documents-title">
          {t('ui.status.missing')}
        </Title>
        {received && (
          <Notice
            color="teal"
            role="status"
            icon={<IconCircleCheck aria-hidden="true" />}
            title={t('ui.status.received', { document: labels.documentKind(received) })}
          >
            {status.missingDocuments.length === 0
              ? `${t('ui.status.receivedBody')} ${t('ui.status.allSent')}`
              : t('ui.status.receivedBody')}
          </Notice>
        )}
        {status.missingDocuments.length > 0 && (
          <>
            <Text size="sm">{t('ui.status.missingIntro', { limit: DOCUMENT_LIMIT_MB })}</Text>
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {status.missingDocuments.map((kind) => (
                <MissingDocument
                  key={kind}
                  kind={kind}
                  rejectionReason={rejection(kind)}
                  sending={sending?.kind === kind ? sending : null}
                  busy={sending !== null}
                  error={failed?.kind === kind ? failed.message : null}
                  onChoose={(file) => choose(kind, file)}
                />
              ))}
            </Stack>
            <Text size="xs" c="dimmed">
              <IconLock
                size={14}
                aria-hidden="true"
                style={{ verticalAlign: '-2px', marginRight: 4 }}
              />
              {t('ui.status.privacy')}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
