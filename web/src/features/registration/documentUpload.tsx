import { Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isApiError } from '../../api/client.ts';
import {
  DOCUMENT_LIMIT_MB,
  fileProblem,
  serverProblem,
  type DocumentProblem,
} from './documentFiles.ts';

export interface Sending {
  file: string;
  progress: number;
}

/** The sentence for a file the browser or the server refused. */
export function useDocumentProblemText() {
  const { t } = useTranslation();
  return (p: DocumentProblem) =>
    p === 'document_too_large'
      ? t('validation.document_too_large', { limit: DOCUMENT_LIMIT_MB })
      : t('validation.document_type_not_allowed');
}

/**
 * One file upload at a time: checks the file in the browser first, sends it with progress, and
 * turns a refusal into a sentence. `send` gets the progress callback and returns the request.
 */
export function useDocumentUpload() {
  const problemText = useDocumentProblemText();
  const [sending, setSending] = useState<Sending | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = async (
    file: File,
    send: (onProgress: (progress: number) => void) => Promise<unknown>,
  ): Promise<boolean> => {
    const local = fileProblem(file);
    if (local) {
      setProblem(problemText(local));
      return false;
    }
    setProblem(null);
    setSending({ file: file.name, progress: 0 });
    try {
      await send((progress) => setSending({ file: file.name, progress }));
      return true;
    } catch (e) {
      const known = isApiError(e) ? serverProblem(e) : null;
      setProblem(known ? problemText(known) : errorMessage(e));
      return false;
    } finally {
      setSending(null);
    }
  };
  return { sending, problem, upload };
}

/** "Uploading x… 40 %", then "Saving x…" once the bytes are sent, with a progress bar. */
export function UploadProgress({
  sending,
  uploading,
  processing,
}: {
  sending: Sending;
  uploading: (percent: number) => string;
  processing: string;
}) {
  const done = sending.progress >= 1;
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {done ? processing : uploading(Math.round(sending.progress * 100))}
      </Text>
      <Progress value={sending.progress * 100} animated={done} striped={done} aria-hidden="true" />
    </Stack>
  );
}
