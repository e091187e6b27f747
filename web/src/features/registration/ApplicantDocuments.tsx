import {
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconCheck, IconExternalLink, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUIRED_DOCUMENT_KINDS } from '../../../../shared/schemas/registration.ts';
import type { TApplicantDetail, TCall } from '../../../../shared/schemas/registration.ts';
import { errorMessage, formErrors } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { useFormat } from '../../i18n/format.ts';
import { documentUrl, useAttachDocument, useReviewDocument } from './api.ts';
import { DOCUMENT_LIMIT_MB } from './documentFiles.ts';
import {
  AttachButton,
  UploadStatus,
  useDocumentUpload,
  useFileSizeText,
} from './documentUpload.tsx';
import { DOCUMENT_STATUS_COLORS, useRegLabels } from './labels.ts';
import { useRegistrationPermissions } from './permissions.ts';

type Doc = TApplicantDetail['documents'][number];

interface Ids {
  programId: string;
  callId: string;
  applicantId: string;
}

/** The kind to offer: the first required one still missing, else the first of all. */
function firstKind(applicant: TApplicantDetail, required: readonly string[]): string {
  return missingKinds(applicant, required)[0] ?? REQUIRED_DOCUMENT_KINDS[0];
}

const REASON_MIN = 3;
const REASON_MAX = 300;

/** The required kinds with no document that counts (none sent, or every one rejected). */
function missingKinds(applicant: TApplicantDetail, required: readonly string[]): string[] {
  const have = new Set(
    applicant.documents.filter((d) => d.status !== 'rejected').map((d) => d.kind),
  );
  return required.filter((k) => !have.has(k));
}

function RejectDialog({
  document,
  ids,
  onClose,
}: {
  document: Doc | null;
  ids: Ids;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useRegLabels();
  const review = useReviewDocument(ids.programId, ids.callId, ids.applicantId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const name = document ? labels.documentKind(document.kind) : '';

  const close = () => {
    if (review.isPending) return;
    setReason('');
    setError(undefined);
    review.reset();
    onClose();
  };

  const submit = () => {
    const text = reason.trim();
    if (text.length < REASON_MIN) {
      setError(
        text.length === 0
          ? t('validation.rejection_reason_required')
          : t('validation.too_small_string', { minimum: REASON_MIN }),
      );
      return;
    }
    setError(undefined);
    if (!document) return;
    review.mutate(
      { documentId: document.id, status: 'rejected', reason: text },
      {
        onSuccess: () => {
          notifySuccess(t('ui.documents.rejected'), name);
          close();
        },
        onError: (e) => setError(formErrors(e, ['reason']).reason),
      },
    );
  };

  return (
    <Modal
      opened={document !== null}
      onClose={close}
      title={t('ui.documents.rejectTitle', { document: name })}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('ui.documents.rejectIntro')}</Text>
          <Textarea
            label={t('ui.documents.reason')}
            description={t('ui.documents.reasonHelp')}
            required
            autosize
            minRows={3}
            maxLength={REASON_MAX}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error}
            data-autofocus
          />
          {review.error && !error && (
            <Notice color="red" role="alert">
              {errorMessage(review.error)}
            </Notice>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={review.isPending}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={review.isPending}>
              {t('ui.documents.rejectConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function DocumentItem({
  document,
  ids,
  onReject,
}: {
  document: Doc;
  ids: Ids;
  onReject: (document: Doc) => void;
}) {
  const { t } = useTranslation();
  const size = useFileSizeText();
  const labels = useRegLabels();
  const can = useRegistrationPermissions();
  const review = useReviewDocument(ids.programId, ids.callId, ids.applicantId);
  const name = labels.documentKind(document.kind);
  const verify = () =>
    review.mutate(
      { documentId: document.id, status: 'verified' },
      {
        onSuccess: () => notifySuccess(t('ui.documents.verified'), name),
        onError: (e) => notifyError(t('ui.documents.reviewFailed'), e),
      },
    );
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={600}>
            {name}
          </Text>
          <StatusBadge color={DOCUMENT_STATUS_COLORS[document.status] ?? 'gray'}>
            {labels.documentStatus(document.status)}
          </StatusBadge>
        </Group>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {`${document.originalName} · ${size(document.sizeBytes)}`}
        </Text>
        {document.rejectionReason && (
          <Text size="sm">
            <Text span fw={500} c="red.9">
              {t('ui.documents.reasonLabel')}
            </Text>{' '}
            {document.rejectionReason}
          </Text>
        )}
        <Group gap="xs">
          <Button
            component="a"
            href={documentUrl(ids.programId, ids.callId, ids.applicantId, document.id)}
            target="_blank"
            rel="noopener noreferrer"
            size="xs"
            variant="default"
            leftSection={<IconExternalLink size={16} aria-hidden="true" />}
            aria-label={`${t('ui.documents.openOf', { document: name })} (${t('ui.common.opensInNewTab')})`}
          >
            {t('ui.documents.open')}
          </Button>
          {can.reviewDocuments && document.status !== 'verified' && (
            <Button
              size="xs"
              variant="outline"
              color="teal.9"
              loading={review.isPending}
              leftSection={<IconCheck size={16} aria-hidden="true" />}
              aria-label={t('ui.documents.verifyOf', { document: name })}
              onClick={verify}
            >
              {t('ui.documents.verify')}
            </Button>
          )}
          {can.reviewDocuments && document.status !== 'rejected' && (
            <Button
              size="xs"
              variant="outline"
              color="red.9"
              disabled={review.isPending}
              leftSection={<IconX size={16} aria-hidden="true" />}
              aria-label={t('ui.documents.rejectOf', { document: name })}
              onClick={() => onReject(document)}
            >
              {t('ui.documents.reject')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** Staff attach a document in the office or the field: choose its kind, then the file. */
function AttachDocument({
  ids,
  applicant,
  required,
}: {
  ids: Ids;
  applicant: TApplicantDetail;
  required: readonly string[];
}) {
  const { t } = useTranslation();
  const labels = useRegLabels();
  const attach = useAttachDocument(ids.programId, ids.callId, ids.applicantId);
  // The first kind still missing, until someone picks another one.
  const [chosen, setChosen] = useState<string | null>(null);
  const kind = chosen ?? firstKind(applicant, required);
  const uploader = useDocumentUpload();

  const choose = async (picked: File | null) => {
    const sent = await uploader.upload(picked, (file, onProgress) =>
      attach.mutateAsync({ kind, file, onProgress }),
    );
    if (sent) {
      notifySuccess(t('ui.documents.attached'), labels.documentKind(kind));
      // Ready for the next one the call still needs.
      setChosen(null);
    }
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="attach-document-title">
      <Title order={3} size="h6" id="attach-document-title">
        {t('ui.documents.attachTitle')}
      </Title>
      <Group gap="xs" align="flex-end">
        <NativeSelect
          label={t('ui.documents.kind')}
          value={kind}
          onChange={(e) => setChosen(e.currentTarget.value)}
          data={REQUIRED_DOCUMENT_KINDS.map((k) => ({ value: k, label: labels.documentKind(k) }))}
          disabled={uploader.sending !== null}
          style={{ flex: '1 1 14rem' }}
        />
        <AttachButton
          uploader={uploader}
          onChoose={choose}
          variant="light"
          style={{ flex: '1 1 auto' }}
        >
          {t('ui.documents.attach')}
          <VisuallyHidden>{`: ${labels.documentKind(kind)}`}</VisuallyHidden>
        </AttachButton>
      </Group>
      <Text size="xs" c="dimmed">
        {t('ui.documents.attachHelp', { limit: DOCUMENT_LIMIT_MB })}
      </Text>
      <UploadStatus
        uploader={uploader}
        uploading={(file, percent) => t('ui.documents.uploading', { file, percent })}
        processing={(file) => t('ui.documents.processing', { file })}
        failed={t('ui.documents.attachFailed')}
      />
    </Stack>
  );
}

/** The application's documents: open each, verify or reject it, attach another. */
export function ApplicantDocuments({
  applicant,
  call,
  programId,
}: {
  applicant: TApplicantDetail;
  call: TCall;
  programId: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useRegLabels();
  const can = useRegistrationPermissions();
  const [rejecting, setRejecting] = useState<Doc | null>(null);
  const ids = { programId, callId: call.id, applicantId: applicant.id };
  const missing = missingKinds(applicant, call.rules.requiredDocuments);
  return (
    <Stack gap="sm">
      {applicant.documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('ui.applicantPage.noDocuments')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {applicant.documents.map((d) => (
            <DocumentItem key={d.id} document={d} ids={ids} onReject={setRejecting} />
          ))}
        </Stack>
      )}
      {missing.length > 0 && (
        <Text size="sm">
          {t('ui.documents.missing', { documents: f.list(missing.map(labels.documentKind)) })}
        </Text>
      )}
      {can.attachDocuments && (
        <AttachDocument ids={ids} applicant={applicant} required={call.rules.requiredDocuments} />
      )}
      <RejectDialog document={rejecting} ids={ids} onClose={() => setRejecting(null)} />
    </Stack>
  );
}
