import { Anchor, Button, FileButton, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCircleCheck, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { useFormat } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import {
  ProblemCards,
  ProblemTable,
  SpreadsheetUploadStatus,
  useSpreadsheetUpload,
} from '../registration/ImportModal.tsx';
import type { Problem } from '../registration/ImportModal.tsx';
import { servicesSpreadsheetUrl, useImportServices } from './api.ts';

const ACCEPT =
  '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `rows.14.Enlace` → line 14, column "Enlace"; `file` and `columns` apply to the whole file. */
function useProblems(error: unknown): Problem[] {
  const { t } = useTranslation();
  if (!isApiError(error) || error.code !== 'import_rejected') return [];
  return error.fields
    .map((x) => {
      const m = /^rows\.(\d+)\.(.+)$/.exec(x.path);
      // The column is named by its header in the file, as the person wrote it.
      if (m) return { line: Number(m[1]), field: m[2] ?? '', message: x.message };
      return {
        line: null,
        field: x.path === 'columns' ? t('ui.import.columns') : t('ui.import.file'),
        message: x.message,
      };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Upload the characterization matrix: all rows go in, or none and every problem is listed. */
export function ImportServicesModal({
  opened,
  onClose,
  programId,
}: {
  opened: boolean;
  onClose: () => void;
  programId: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const phone = useMediaQuery('(max-width: 36em)');
  const lang = currentLanguage();
  const importing = useImportServices(programId);
  const upload = useSpreadsheetUpload(importing);
  const { resetRef, start, uploading } = upload;
  const problems = useProblems(importing.error);

  const close = () => {
    if (upload.reset()) onClose();
  };

  const summary = importing.data;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('ui.services.import.title')}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('ui.services.import.intro')}</Text>
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {t('ui.import.template')}
          </Text>
          {(['xlsx', 'csv'] as const).map((format) => (
            <Anchor
              key={format}
              size="sm"
              href={servicesSpreadsheetUrl(programId, 'template', format, lang)}
              download
            >
              <Group gap={4} wrap="nowrap" component="span">
                <IconFileSpreadsheet size={16} aria-hidden="true" />
                {t(`ui.import.templateAs.${format}`)}
              </Group>
            </Anchor>
          ))}
        </Group>

        <Stack
          gap="xs"
          align="center"
          p="lg"
          style={{
            border: '2px dashed var(--mantine-color-gray-4)',
            borderRadius: 'var(--mantine-radius-md)',
          }}
        >
          <IconUpload size={32} aria-hidden="true" color="var(--mantine-color-gray-7)" />
          <FileButton onChange={start} accept={ACCEPT} resetRef={resetRef} disabled={uploading}>
            {(props) => (
              <Button {...props} loading={uploading} variant="light">
                {t('ui.import.choose')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed" ta="center">
            {t('ui.import.limits')}
          </Text>
        </Stack>

        <SpreadsheetUploadStatus upload={upload} />

        {summary && (
          <Notice
            color="teal"
            role="status"
            icon={<IconCircleCheck aria-hidden="true" />}
            title={t('ui.import.done')}
          >
            {t('ui.services.import.done', {
              rows: f.number(summary.rows),
              created: f.number(summary.created),
              updated: f.number(summary.updated),
            })}
            {summary.entitiesCreated > 0 &&
              ` ${t('ui.services.import.entitiesCreated', { count: summary.entitiesCreated })}`}
          </Notice>
        )}

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
