import {
  Anchor,
  Box,
  Button,
  FileButton,
  Group,
  Modal,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCircleCheck, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FLAG_KINDS } from '../../../../shared/schemas/registration.ts';
import { errorMessage, isApiError } from '../../api/client.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { useFormat } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { spreadsheetUrl, useImportApplicants } from './api.ts';
import type { ImportSummary } from './api.ts';
import { useFieldLabel } from './fieldLabels.ts';
import { useRegLabels } from './labels.ts';
import { Notice } from '../../components/Notice.tsx';

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT =
  '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A problem of an import, by line (null for the whole file) and column or field. */
export interface Problem {
  line: number | null;
  field: string;
  message: string;
}

/** `rows.14.owner.phone` → line 14, field "Teléfono"; `file` and `columns` apply to the whole file. */
function useProblems(error: unknown): Problem[] {
  const fieldLabel = useFieldLabel();
  const { t } = useTranslation();
  if (!isApiError(error) || error.code !== 'import_rejected') return [];
  return error.fields
    .map((x) => {
      const m = /^rows\.(\d+)\.(.+)$/.exec(x.path);
      if (m) return { line: Number(m[1]), field: fieldLabel(m[2] ?? ''), message: x.message };
      return {
        line: null,
        field: x.path === 'columns' ? t('ui.import.columns') : t('ui.import.file'),
        message: x.message,
      };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function Summary({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useRegLabels();
  const figures: [string, number][] = [
    [t('ui.import.summary.rows'), summary.file.rows],
    [t('ui.import.summary.created'), summary.created],
    [t('ui.import.summary.alreadyRegistered'), summary.alreadyRegistered],
    [labels.verdict('eligible'), summary.verdicts.eligible],
    [labels.verdict('not_eligible'), summary.verdicts.not_eligible],
    [labels.verdict('pending'), summary.verdicts.pending],
    [t('ui.import.summary.blocked'), summary.blocked],
  ];
  const flags = FLAG_KINDS.filter((k) => (summary.flags[k] ?? 0) > 0);
  return (
    <Stack gap="sm" role="status">
      <Notice
        color="teal"
        icon={<IconCircleCheck aria-hidden="true" />}
        title={t('ui.import.done')}
      >
        {t('ui.import.doneBody', { file: summary.file.name, created: f.number(summary.created) })}
      </Notice>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" component="dl" m={0}>
        {figures.map(([label, value]) => (
          <Paper key={label} withBorder radius="md" p="xs">
            <Text component="dt" size="xs" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0} fw={700} fz="lg" className="num" ta="left">
              {f.number(value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {flags.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('ui.import.summary.flags')}
          </Text>
          <Stack component="ul" gap={2} m={0} pl="md">
            {flags.map((k) => (
              <Text component="li" size="sm" key={k}>
                {`${labels.flagKind(k)}: ${f.number(summary.flags[k] ?? 0)}`}
              </Text>
            ))}
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}

export function ProblemTable({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable minWidth={520} maxHeight={360} labelledBy="import-problems-title" visibleFrom="sm">
      <Table striped verticalSpacing="xs" aria-labelledby="import-problems-title" stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className="num" w={70}>
              {t('ui.import.line')}
            </Table.Th>
            <Table.Th scope="col" w={200}>
              {t('ui.import.field')}
            </Table.Th>
            <Table.Th scope="col">{t('ui.import.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, i) => (
            <Table.Tr key={i}>
              <Table.Td className="num">{p.line ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {p.field}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.message}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** On phones: one card per problem instead of a wide table. */
export function ProblemCards({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation();
  return (
    <Stack component="ul" gap="xs" p={0} m={0} hiddenFrom="sm" style={{ listStyle: 'none' }}>
      {problems.map((p, i) => (
        <Paper component="li" key={i} withBorder radius="md" p="xs">
          <Text size="sm" fw={600}>
            {p.line === null ? p.field : `${t('ui.import.line')} ${p.line} · ${p.field}`}
          </Text>
          <Text size="sm">{p.message}</Text>
        </Paper>
      ))}
    </Stack>
  );
}

/** What an import mutation offers the upload flow (applicants, services). */
interface ImportMutation {
  isPending: boolean;
  reset: () => void;
  mutate: (
    variables: { file: File; onProgress: (fraction: number) => void },
    options: { onSettled: () => void },
  ) => void;
}

/**
 * The upload side of a spreadsheet import: the chosen file, a refusal before sending when it is
 * over the limit, upload progress, and a close that waits for a running import.
 */
export function useSpreadsheetUpload(importing: ImportMutation) {
  const [progress, setProgress] = useState<number | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [tooBig, setTooBig] = useState(false);
  const resetRef = useRef<() => void>(null);
  const start = (chosen: File | null) => {
    resetRef.current?.();
    if (!chosen) return;
    setFile(chosen);
    importing.reset();
    if (chosen.size > MAX_BYTES) {
      setTooBig(true);
      return;
    }
    setTooBig(false);
    setProgress(0);
    importing.mutate(
      { file: chosen, onProgress: setProgress },
      { onSettled: () => setProgress(null) },
    );
  };
  /** Clears the flow; false while an import runs (the dialog stays open). */
  const reset = () => {
    if (importing.isPending) return false;
    importing.reset();
    setFile(null);
    setTooBig(false);
    return true;
  };
  const uploading = importing.isPending;
  const processing = uploading && progress !== null && progress >= 1;
  return { file, tooBig, progress, resetRef, start, reset, uploading, processing };
}

/** Upload progress, then "processing", and the too-big refusal. */
export function SpreadsheetUploadStatus({
  upload,
}: {
  upload: ReturnType<typeof useSpreadsheetUpload>;
}) {
  const { t } = useTranslation();
  const { file, progress, processing } = upload;
  return (
    <>
      {upload.uploading && (
        <Stack gap={4} role="status" aria-live="polite">
          <Text size="sm">
            {processing
              ? t('ui.import.processing', { file: file?.name ?? '' })
              : t('ui.import.uploading', {
                  file: file?.name ?? '',
                  percent: Math.round((progress ?? 0) * 100),
                })}
          </Text>
          <Progress
            value={(progress ?? 0) * 100}
            animated={processing}
            striped={processing}
            aria-hidden="true"
          />
        </Stack>
      )}
      {upload.tooBig && (
        <Notice color="red" role="alert">
          {t('ui.import.tooBig')}
        </Notice>
      )}
    </>
  );
}

/** Upload a spreadsheet of applicants: all rows go in, or none and every problem is listed. */
export function ImportModal({
  opened,
  onClose,
  programId,
  callId,
}: {
  opened: boolean;
  onClose: () => void;
  programId: string;
  callId: string;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const lang = currentLanguage();
  const importing = useImportApplicants(programId, callId);
  const upload = useSpreadsheetUpload(importing);
  const { resetRef, start, uploading } = upload;
  const [dragging, setDragging] = useState(false);
  const problems = useProblems(importing.error);

  const close = () => {
    if (upload.reset()) onClose();
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    start(event.dataTransfer.files[0] ?? null);
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('ui.import.title')}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('ui.import.intro')}</Text>
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {t('ui.import.template')}
          </Text>
          {(['xlsx', 'csv'] as const).map((format) => (
            <Anchor
              key={format}
              size="sm"
              href={spreadsheetUrl(programId, callId, 'template', format, lang)}
              download
            >
              <Group gap={4} wrap="nowrap" component="span">
                <IconFileSpreadsheet size={16} aria-hidden="true" />
                {t(`ui.import.templateAs.${format}`)}
              </Group>
            </Anchor>
          ))}
        </Group>

        <Box
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          p="lg"
          style={{
            border: `2px dashed var(--mantine-color-${dragging ? 'indigo-6' : 'gray-4'})`,
            borderRadius: 'var(--mantine-radius-md)',
            background: dragging ? 'var(--mantine-color-indigo-0)' : undefined,
            textAlign: 'center',
          }}
        >
          <Stack gap="xs" align="center">
            <IconUpload size={32} aria-hidden="true" color="var(--mantine-color-gray-7)" />
            <Text size="sm">{t('ui.import.drop')}</Text>
            <FileButton onChange={start} accept={ACCEPT} resetRef={resetRef} disabled={uploading}>
              {(props) => (
                <Button {...props} loading={uploading} variant="light">
                  {t('ui.import.choose')}
                </Button>
              )}
            </FileButton>
            <Text size="xs" c="dimmed">
              {t('ui.import.limits')}
            </Text>
          </Stack>
        </Box>

        <SpreadsheetUploadStatus upload={upload} />

        {importing.data && <Summary summary={importing.data} />}

        {importing.error && (
          <Stack gap="xs">
            <Notice color="red" role="alert" title={t('ui.import.rejected')}>
              {errorMessage(importing.error)}
            </Notice>
            {problems.length > 0 && (
              <>
                <Title order={3} size="h5" id="import-problems-title">
                  {t('ui.import.problems', { count: problems.length })}
                </Title>
                <ProblemTable problems={problems} />
                <ProblemCards problems={problems} />
              </>
            )}
          </Stack>
        )}

        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={uploading}>
            {t('ui.common.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
