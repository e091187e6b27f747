import { Anchor, Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import type { ButtonProps } from '@mantine/core';
import { IconExternalLink, IconPaperclip } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { useFormat } from '../../i18n/format.ts';
import {
  DOCUMENT_ACCEPT,
  DOCUMENT_LIMIT_MB,
  fileProblem,
  fileSize,
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

/** A file's size in words: "84 KB", "2,4 MB". */
export function useFileSizeText() {
  const { t } = useTranslation();
  const f = useFormat();
  return (bytes: number) => {
    const s = fileSize(bytes, f.locale);
    return s.unit === 'kb'
      ? t('ui.documents.sizeKb', { size: s.value })
      : t('ui.documents.sizeMb', { size: s.value });
  };
}

/**
 * One file upload at a time: checks the file in the browser first, sends it with progress, and
 * turns a refusal into a sentence. `upload` is what a FileButton's choice calls (give the button
 * `resetRef`, so the same file can be chosen again); `send` gets the file and the progress
 * callback and returns the request. It answers the file once it went through, else null.
 */
export function useDocumentUpload() {
  const problemText = useDocumentProblemText();
  const [sending, setSending] = useState<Sending | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const resetRef = useRef<() => void>(null);
  const upload = async (
    file: File | null,
    send: (file: File, onProgress: (progress: number) => void) => Promise<unknown>,
  ): Promise<File | null> => {
    resetRef.current?.();
    if (!file) return null;
    const local = fileProblem(file);
    if (local) {
      setProblem(problemText(local));
      return null;
    }
    setProblem(null);
    setSending({ file: file.name, progress: 0 });
    try {
      await send(file, (progress) => setSending({ file: file.name, progress }));
      return file;
    } catch (e) {
      const known = isApiError(e) ? serverProblem(e) : null;
      setProblem(known ? problemText(known) : errorMessage(e));
      return null;
    } finally {
      setSending(null);
    }
  };
  return { sending, problem, upload, resetRef };
}

/**
 * The button that opens the camera or the files for a photo or PDF, and spins while one is on its
 * way; `uploader` is what `useDocumentUpload` gives, and `onChoose` calls its `upload`.
 */
export function AttachButton({
  uploader,
  onChoose,
  iconSize = 18,
  children,
  ...button
}: {
  uploader: Pick<ReturnType<typeof useDocumentUpload>, 'sending' | 'resetRef'>;
  onChoose: (file: File | null) => void;
  iconSize?: number;
  children: ReactNode;
  variant: ButtonProps['variant'];
  size?: ButtonProps['size'];
  style?: CSSProperties;
  'aria-label'?: string;
}) {
  return (
    <FileButton
      onChange={onChoose}
      accept={DOCUMENT_ACCEPT}
      resetRef={uploader.resetRef}
      disabled={uploader.sending !== null}
    >
      {(props) => (
        <Button
          {...props}
          {...button}
          loading={uploader.sending !== null}
          leftSection={<IconPaperclip size={iconSize} aria-hidden="true" />}
        >
          {children}
        </Button>
      )}
    </FileButton>
  );
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

/** Under an attach button: the upload under way, then, if the file was refused, why. */
export function UploadStatus({
  uploader: { sending, problem },
  uploading,
  processing,
  failed,
}: {
  uploader: Pick<ReturnType<typeof useDocumentUpload>, 'sending' | 'problem'>;
  uploading: (file: string, percent: number) => string;
  processing: (file: string) => string;
  /** The title of the refusal. */
  failed: string;
}) {
  return (
    <>
      {sending && (
        <UploadProgress
          sending={sending}
          uploading={(percent) => uploading(sending.file, percent)}
          processing={processing(sending.file)}
        />
      )}
      {problem && (
        <Notice color="red" role="alert" title={failed}>
          {problem}
        </Notice>
      )}
    </>
  );
}

export interface AttachedFile {
  id: string;
  originalName: string;
  sizeBytes: number;
}

/** Files already attached, each with its size, each opening in a new tab. */
export function AttachedFiles({
  files,
  label,
  href,
  openLabel,
  roomy = false,
}: {
  files: readonly AttachedFile[];
  /** The list's name. */
  label: string;
  href: (fileId: string) => string;
  /** The link's name for a file (the new tab is said after it). */
  openLabel: (file: string) => string;
  /** Taller links, easy to hit with a thumb. */
  roomy?: boolean;
}) {
  const { t } = useTranslation();
  const size = useFileSizeText();
  if (files.length === 0) return null;
  return (
    <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {files.map((file) => (
        <li key={file.id}>
          <Group gap={6} wrap="nowrap" align={roomy ? 'center' : 'flex-start'}>
            <IconPaperclip
              size={16}
              aria-hidden="true"
              style={roomy ? { flex: 'none' } : { flex: 'none', marginTop: 2 }}
            />
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              <Anchor
                href={href(file.id)}
                target="_blank"
                rel="noopener noreferrer"
                style={roomy ? { display: 'inline-block', paddingBlock: 10 } : undefined}
                aria-label={`${openLabel(file.originalName)} (${t('ui.common.opensInNewTab')})`}
              >
                {file.originalName}
                <IconExternalLink
                  size={14}
                  aria-hidden="true"
                  style={{ marginInlineStart: 4, verticalAlign: 'middle' }}
                />
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                {size(file.sizeBytes)}
              </Text>
            </Text>
          </Group>
        </li>
      ))}
    </Stack>
  );
}
