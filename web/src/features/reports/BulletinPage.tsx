import {
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import {
  IconCode,
  IconDatabaseExport,
  IconExternalLink,
  IconFileSpreadsheet,
  IconFileTypePdf,
} from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type {
  TBulletin,
  TBulletinEdition,
  TBulletinTexts,
  TReportOptions,
} from '../../../../shared/schemas/reports.ts';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Section } from '../registration/ApplicantPage.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { useUrlQuery } from '../../components/urlQuery.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useFormat } from '../../i18n/format.ts';
import {
  bulletinUrl,
  dashboardPage,
  reportKeys,
  researchRowsUrl,
  useBulletin,
  useBulletinEdition,
  useReportOptions,
  useSaveBulletinEdition,
  type BulletinFormat,
} from './api.ts';
import { filterErrors, readReportFilter, todayInBogota } from './filters.ts';
import { DayInput } from './ReportFilters.tsx';

const K = 'reportsPage.bulletin';
const TEXT_FIELDS = [
  'summary',
  'relevance',
  'effectiveness',
  'efficiency',
  'impact',
  'sustainability',
  'bottlenecks',
] as const satisfies readonly (keyof TBulletinTexts)[];
const MAX_TEXT = 10_000;
const ASOF_KEYS = ['asOf'] as const;

/** The bulletin's files for the as-of date; the HTML opens in a new tab, for printing. */
function Downloads({
  programId,
  asOf,
  options,
}: {
  programId: string;
  asOf: string;
  options: TReportOptions | undefined;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const url = (format: BulletinFormat) => bulletinUrl(programId, format, { asOf }, language);
  const files: { format: Exclude<BulletinFormat, 'html'>; icon: typeof IconCode }[] = [
    { format: 'pdf', icon: IconFileTypePdf },
    { format: 'xlsx', icon: IconFileSpreadsheet },
    { format: 'json', icon: IconCode },
  ];
  return (
    <Stack gap="xs">
      <Title order={2} size="h5" id="bulletin-downloads">
        {t(`${K}.downloads`)}
      </Title>
      <Group gap="sm" role="group" aria-labelledby="bulletin-downloads">
        <Button
          component="a"
          href={url('html')}
          target="_blank"
          rel="noopener"
          leftSection={<IconExternalLink size={18} aria-hidden="true" />}
        >
          {t(`${K}.html`)}
          <VisuallyHidden> ({t('ui.common.opensInNewTab')})</VisuallyHidden>
        </Button>
        {files.map(({ format, icon: Icon }) => (
          <Button
            key={format}
            component="a"
            href={url(format)}
            download
            variant="default"
            leftSection={<Icon size={18} aria-hidden="true" />}
          >
            {t(`${K}.${format}`)}
          </Button>
        ))}
      </Group>
      {options?.canExportResearch && (
        <Stack gap={4} mt="xs">
          <Text size="sm" fw={600}>
            {t(`${K}.research`)}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`${K}.researchHelp`)}
          </Text>
          <Group gap="sm">
            {(['csv', 'xlsx'] as const).map((format) => (
              <Button
                key={format}
                component="a"
                href={researchRowsUrl(programId, format)}
                download
                variant="default"
                leftSection={<IconDatabaseExport size={18} aria-hidden="true" />}
              >
                {t(format === 'csv' ? `${K}.researchCsv` : `${K}.researchXlsx`)}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

/** Who saved the edition last and when, or that nobody has yet. */
function SavedLine({ edition }: { edition: TBulletinEdition }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Text size="xs" c="dimmed">
      {edition.version === 0 || !edition.updatedAt
        ? t(`${K}.neverSaved`)
        : `${t(`${K}.version`, { n: edition.version })} · ${t(`${K}.lastSaved`, {
            name: edition.updatedByName ?? '—',
            when: f.dateTime(edition.updatedAt),
          })}`}
    </Text>
  );
}

/**
 * The edition's texts: a textarea per section with its guidance, saved with the version read so
 * that two people never overwrite each other without knowing.
 */
function EditionForm({
  programId,
  edition,
  save,
  onStale,
}: {
  programId: string;
  edition: TBulletinEdition;
  /** Kept by the page: the form is drawn again with each new version, the save goes on. */
  save: ReturnType<typeof useSaveBulletinEdition>;
  onStale: (stale: boolean) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [texts, setTexts] = useState<TBulletinTexts>(edition.texts);
  const dirty = TEXT_FIELDS.some((k) => texts[k] !== edition.texts[k]);
  const submit = () =>
    save.mutate(
      { texts, version: edition.version },
      {
        onSuccess: () => {
          onStale(false);
          notifySuccess(t(`${K}.saved`), t(`${K}.savedBody`));
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            onStale(true);
            void queryClient.invalidateQueries({
              queryKey: reportKeys.edition(programId, edition.asOf),
            });
          } else notifyError(t(`${K}.saveFailed`), error);
        },
      },
    );
  return (
    <form
      aria-labelledby="bulletin-texts"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        {TEXT_FIELDS.map((field) => (
          <Textarea
            key={field}
            label={t(`${K}.fields.${field}`)}
            description={t(`${K}.guidance.${field}`)}
            value={texts[field]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setTexts((prev) => ({ ...prev, [field]: value }));
            }}
            autosize
            minRows={field === 'summary' ? 4 : 3}
            maxRows={16}
            maxLength={MAX_TEXT}
          />
        ))}
        <Group justify="space-between" gap="sm">
          <Text size="sm" c={dirty ? undefined : 'dimmed'} aria-live="polite">
            {dirty ? t(`${K}.unsaved`) : ''}
          </Text>
          <Button type="submit" loading={save.isPending} disabled={!dirty}>
            {t(`${K}.save`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The texts for a reader who cannot write them. */
function EditionTexts({ edition }: { edition: TBulletinEdition }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t(`${K}.readOnly`)}
      </Text>
      {TEXT_FIELDS.map((field) => (
        <div key={field}>
          <Title order={3} size="h6">
            {t(`${K}.fields.${field}`)}
          </Title>
          <Text
            size="sm"
            c={edition.texts[field] ? undefined : 'dimmed'}
            style={{ whiteSpace: 'pre-wrap' }}
          >
            {edition.texts[field] || t(`${K}.noText`)}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

/** What the figures show that holds the program back, with the criterion each is about. */
function Bottlenecks({ bulletin }: { bulletin: TBulletin }) {
  const { t } = useTranslation();
  if (bulletin.bottlenecks.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t(`${K}.noneFound`)}
      </Text>
    );
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {bulletin.bottlenecks.map((b) => (
        <Paper component="li" key={b.key} withBorder radius="sm" p="sm">
          <Stack gap={4} align="flex-start">
            <Badge variant="light" color="gray" c="dark.7" radius="sm">
              {t(`reportsPage.criteria.${b.criterion}`)}
            </Badge>
            <Text size="sm">{b.text}</Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/**
 * The bulletin of an as-of date: its files, the texts the coordination writes for the edition,
 * and the bottlenecks the figures show.
 */
export default function BulletinPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const language = currentLanguage();
  const query = useUrlQuery(readReportFilter, ASOF_KEYS);
  const asOf = query.filter.asOf ?? todayInBogota();
  const options = useReportOptions(programId);
  const edition = useBulletinEdition(programId, asOf);
  const bulletin = useBulletin(programId, asOf, language);
  const save = useSaveBulletinEdition(programId, asOf);
  const [stale, setStale] = useState(false);
  const title = t(`${K}.title`);
  useDocumentTitle(`${title} · ${t('ui.app.name')}`);
  const dateError =
    filterErrors(edition.error, { asOf }).asOf ?? filterErrors(bulletin.error, { asOf }).asOf;
  const canEdit = options.data?.canEditBulletin ?? false;

  return (
    <Stack gap="md">
      <PageHeader
        title={title}
        crumbs={[{ label: t('reportsPage.title'), to: dashboardPage(programId, { asOf }) }]}
      >
        <Text size="sm" c="dimmed" maw={760}>
          {t(`${K}.intro`)}
        </Text>
      </PageHeader>
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <DayInput
            maw={260}
            label={t(`${K}.asOf`)}
            description={t(`${K}.asOfHelp`)}
            value={asOf}
            min={options.data?.cycleStart}
            error={dateError}
            onCommit={(day) => {
              setStale(false);
              query.update({ asOf: day });
            }}
          />
          <Downloads programId={programId} asOf={asOf} options={options.data} />
        </Stack>
      </Paper>
      <Section id="bulletin-texts" title={t(`${K}.texts`)}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t(`${K}.textsHelp`)}
          </Text>
          {stale && (
            <Notice color="yellow" role="alert">
              {t(`${K}.stale`)}
            </Notice>
          )}
          {edition.isPending || options.isPending ? (
            <LoadingState />
          ) : edition.isError ? (
            dateError ? (
              <Text size="sm">{dateError}</Text>
            ) : (
              <ErrorState error={edition.error} onRetry={() => void edition.refetch()} />
            )
          ) : (
            <>
              <SavedLine edition={edition.data} />
              {canEdit ? (
                <EditionForm
                  key={`${edition.data.asOf}:${edition.data.version}`}
                  programId={programId}
                  edition={edition.data}
                  save={save}
                  onStale={setStale}
                />
              ) : (
                <EditionTexts edition={edition.data} />
              )}
            </>
          )}
        </Stack>
      </Section>
      <Section id="bulletin-bottlenecks" title={t(`${K}.found`)}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t(`${K}.foundHelp`)}
          </Text>
          {bulletin.isPending ? (
            <LoadingState />
          ) : bulletin.isError ? (
            dateError ? (
              <Text size="sm">{dateError}</Text>
            ) : (
              <Notice color="red" title={t(`${K}.foundFailed`)}>
                {errorMessage(bulletin.error)}
              </Notice>
            )
          ) : (
            <Bottlenecks bulletin={bulletin.data} />
          )}
        </Stack>
      </Section>
    </Stack>
  );
}
