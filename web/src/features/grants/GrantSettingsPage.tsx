import { Checkbox, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CURRENCIES, formatMoney } from '../../../../shared/domain/money/money.ts';
import type { Currency } from '../../../../shared/domain/money/money.ts';
import { GRANT_CATEGORIES, PREREQUISITES } from '../../../../shared/schemas/grants.ts';
import type {
  GrantCategory,
  Prerequisite,
  TGrantSettings,
} from '../../../../shared/schemas/grants.ts';
import { formErrors, generalErrors } from '../../api/client.ts';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SaveActions } from '../../components/SaveActions.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { Section } from '../registration/ApplicantPage.tsx';
import { isMissing } from '../registration/labels.ts';
import { grantReportPage, useGrantSettings, useSaveGrantSettings } from './api.ts';
import { minorOf, useGrantLabels, useGrantPermissions, useMoneyProblem } from './labels.ts';
import { MoneyInput } from './MoneyInput.tsx';

const K = 'ui.grants.settings';
const FIELDS = [
  'currency',
  'capMinor',
  'categories',
  'prerequisites',
  'tranches',
  'trainingTrackId',
] as const;
const NO_TRACK = '';

interface Values {
  currency: Currency;
  capMinor: string;
  categories: GrantCategory[];
  prerequisites: Prerequisite[];
  tranches: string;
  trainingTrackId: string;
}

const toValues = (s: TGrantSettings): Values => ({
  currency: s.currency,
  capMinor: formatMoney(s.capMinor, s.currency),
  categories: s.categories,
  prerequisites: s.prerequisites,
  tranches: String(s.tranches),
  trainingTrackId: s.trainingTrackId ?? NO_TRACK,
});

/** The program's grant rules: cap, currency, categories, prerequisites, tranches, training track. */
export default function GrantSettingsPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const can = useGrantPermissions();
  const labels = useGrantLabels();
  const moneyProblem = useMoneyProblem();
  const query = useGrantSettings(programId, can.report);
  const save = useSaveGrantSettings(programId);
  const title = t(`${K}.title`);
  useDocumentTitle(`${title} · ${t('ui.app.name')}`);
  const form = useForm<Values>({
    initialValues: {
      currency: 'COP',
      capMinor: '',
      categories: [],
      prerequisites: [],
      tranches: '1',
      trainingTrackId: NO_TRACK,
    },
    validate: {
      capMinor: (v, all) => moneyProblem(v, all.currency),
      categories: (v) => (v.length > 0 ? null : t(`${K}.categoriesRequired`)),
      trainingTrackId: (v, all) =>
        all.prerequisites.includes('training') && v === NO_TRACK ? t(`${K}.trackRequired`) : null,
    },
  });

  // The form starts from the settings as read (again after a save).
  const { setValues, setInitialValues, resetDirty } = form;
  const data = query.data;
  useEffect(() => {
    if (!data) return;
    const values = toValues(data.settings);
    setInitialValues(values);
    setValues(values);
    resetDirty(values);
    // Only when the saved settings change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  if (!can.report) return <NotFoundPage />;
  if (query.isPending) return <LoadingState />;
  if (isMissing(query.error)) return <NotFoundPage />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const readOnly = !can.configure;
  const tracks = query.data.tracks;
  const general = save.error ? generalErrors(save.error, FIELDS) : [];
  const submit = form.onSubmit((v) =>
    save.mutate(
      {
        currency: v.currency,
        capMinor: minorOf(v.capMinor, v.currency),
        categories: v.categories,
        prerequisites: v.prerequisites,
        tranches: Number(v.tranches),
        trainingTrackId: v.trainingTrackId === NO_TRACK ? null : v.trainingTrackId,
      },
      {
        onSuccess: () => notifySuccess(t(`${K}.saved`), t(`${K}.savedBody`)),
        onError: (error) => form.setErrors(formErrors(error, FIELDS)),
      },
    ),
  );

  return (
    <Stack gap="md" maw={880}>
      <PageHeader
        title={title}
        crumbs={[{ label: t('ui.grants.report.title'), to: grantReportPage(programId) }]}
      >
        <Text size="sm" c="dimmed">
          {t(`${K}.intro`)}
        </Text>
      </PageHeader>
      {readOnly && <Notice color="gray">{t(`${K}.readOnly`)}</Notice>}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Section id="grant-settings-money" title={t(`${K}.money`)}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
              <MoneyInput
                label={t(`${K}.cap`)}
                description={t(`${K}.capHelp`)}
                currency={form.values.currency}
                required
                disabled={readOnly}
                {...form.getInputProps('capMinor')}
              />
              <NativeSelect
                label={t(`${K}.currency`)}
                data={(Object.keys(CURRENCIES) as Currency[]).map((c) => ({
                  value: c,
                  label: t(`${K}.currencies.${c}`),
                }))}
                required
                disabled={readOnly}
                {...form.getInputProps('currency')}
              />
              <NativeSelect
                label={t(`${K}.tranches`)}
                description={t(`${K}.tranchesHelp`)}
                data={['1', '2', '3', '4']}
                required
                disabled={readOnly}
                {...form.getInputProps('tranches')}
              />
            </SimpleGrid>
          </Section>
          <Section id="grant-settings-categories" title={t(`${K}.categories`)}>
            <Checkbox.Group
              label={t(`${K}.categoriesLabel`)}
              description={t(`${K}.categoriesHelp`)}
              {...form.getInputProps('categories')}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
                {GRANT_CATEGORIES.map((c) => (
                  <Checkbox key={c} value={c} label={labels.category(c)} disabled={readOnly} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </Section>
          <Section id="grant-settings-prerequisites" title={t(`${K}.prerequisites`)}>
            <Stack gap="sm">
              <Checkbox.Group
                label={t(`${K}.prerequisitesLabel`)}
                description={t(`${K}.prerequisitesHelp`)}
                {...form.getInputProps('prerequisites')}
              >
                <Stack gap="xs" mt="xs">
                  {PREREQUISITES.map((p) => (
                    <Checkbox
                      key={p}
                      value={p}
                      label={labels.prerequisite(p)}
                      disabled={readOnly}
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
              <NativeSelect
                label={t(`${K}.track`)}
                description={tracks.length === 0 ? t(`${K}.noTracks`) : t(`${K}.trackHelp`)}
                data={[
                  { value: NO_TRACK, label: t(`${K}.noTrack`) },
                  ...tracks.map((tr) => ({ value: tr.id, label: tr.name })),
                ]}
                disabled={readOnly}
                {...form.getInputProps('trainingTrackId')}
              />
            </Stack>
          </Section>
          {!readOnly && (
            <SaveActions
              problems={general}
              failedTitle={t(`${K}.saveFailed`)}
              resetLabel={t(`${K}.reset`)}
              saveLabel={t(`${K}.save`)}
              dirty={form.isDirty()}
              saving={save.isPending}
              onReset={() => {
                form.reset();
                form.clearErrors();
              }}
            />
          )}
        </Stack>
      </form>
    </Stack>
  );
}
