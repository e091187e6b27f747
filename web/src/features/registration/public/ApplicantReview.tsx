import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import { SKIP, phoneToSend } from '../applicantForm.ts';
import type { ApplicantFormValues } from '../applicantForm.ts';
import type { TerritoryOption } from '../ApplicantFields.tsx';
import { useRegLabels } from '../labels.ts';

export function DefinitionRows({ rows }: { rows: [string, string][] }) {
  return (
    <Stack component="dl" gap={6} m={0}>
      {rows.map(([label, value]) => (
        <Group key={label} gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
          <Text component="dt" size="sm" c="dimmed" style={{ flex: '0 0 42%' }}>
            {label}
          </Text>
          <Text
            component="dd"
            size="sm"
            fw={500}
            m={0}
            ta="right"
            style={{ overflowWrap: 'anywhere' }}
          >
            {value}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** What the person is about to send, by step, with a way back to each. */
export function ApplicantReview({
  values,
  territories,
  onEdit,
}: {
  values: ApplicantFormValues;
  territories: TerritoryOption[];
  onEdit: (step: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useRegLabels();
  const { owner, business } = values;
  const yesNo = (v: string) =>
    v === 'yes'
      ? t('ui.applicantForm.yes')
      : v === 'no'
        ? t('ui.applicantForm.no')
        : v === SKIP
          ? t('ui.applicantForm.preferNotToAnswer')
          : t('ui.applicantForm.notAnswered');
  const amount = (v: number | string) => (typeof v === 'number' ? f.number(v) : v || '—');
  const day = (v: string) => (v ? f.day(v) : '—');

  const sections: { title: string; step: number; rows: [string, string][] }[] = [
    {
      title: t('ui.apply.steps.you'),
      step: 0,
      rows: [
        [
          t('ui.applicantForm.fields.owner.documentNumber'),
          `${labels.documentType(owner.documentType)} ${owner.documentNumber}`,
        ],
        [t('ui.applicantForm.review.name'), `${owner.firstNames} ${owner.lastNames}`],
        [t('ui.applicantForm.fields.owner.sex'), owner.sex ? labels.sex(owner.sex) : '—'],
        [t('ui.applicantForm.fields.owner.birthDate'), day(owner.birthDate)],
        [t('ui.applicantForm.fields.owner.phone'), phoneToSend(owner.phone)],
        [t('ui.applicantForm.fields.owner.email'), owner.email || '—'],
        [
          t('ui.applicantForm.fields.owner.territoryCode'),
          territories.find((x) => x.territoryCode === owner.territoryCode)?.name ?? '—',
        ],
        [t('ui.applicantForm.fields.owner.address'), owner.address],
      ],
    },
    {
      title: t('ui.apply.steps.business'),
      step: 1,
      rows: [
        [t('ui.applicantForm.fields.business.name'), business.name],
        [t('ui.applicantForm.fields.business.ciiuCode'), business.ciiuText || business.ciiuCode],
        [t('ui.applicantForm.fields.business.startedOn'), day(business.startedOn)],
        [t('ui.applicantForm.fields.business.hasPremises'), yesNo(business.hasPremises)],
        [t('ui.applicantForm.fields.business.hasRut'), yesNo(business.hasRut)],
        [
          t('ui.applicantForm.fields.business.hasChamberRegistration'),
          yesNo(business.hasChamberRegistration),
        ],
        [
          t('ui.applicantForm.review.workers'),
          t('ui.applicantForm.review.workersValue', {
            total: amount(business.workersTotal),
            women: amount(business.workersWomen),
          }),
        ],
        [
          t('ui.applicantForm.fields.business.monthlySales'),
          typeof business.monthlySales === 'number' ? f.money(business.monthlySales) : '—',
        ],
        [t('ui.applicantForm.fields.business.greenPractices'), yesNo(business.greenPractices)],
        [t('ui.applicantForm.fields.business.culturalCreative'), yesNo(business.culturalCreative)],
      ],
    },
    {
      title: t('ui.apply.steps.optional'),
      step: 2,
      rows: [
        [
          t('ui.applicantForm.fields.owner.headOfHouseholdMother'),
          yesNo(owner.headOfHouseholdMother),
        ],
        [t('ui.applicantForm.fields.owner.disability'), yesNo(owner.disability)],
        [t('ui.applicantForm.fields.owner.conflictVictim'), yesNo(owner.conflictVictim)],
        [
          t('ui.applicantForm.fields.owner.ethnicGroup'),
          owner.ethnicGroup === '' || owner.ethnicGroup === SKIP
            ? yesNo(owner.ethnicGroup)
            : labels.ethnicGroup(owner.ethnicGroup),
        ],
      ],
    },
  ];

  return (
    <Stack gap="sm" component="section" aria-labelledby="review-title">
      <Title order={3} size="h4" id="review-title">
        {t('ui.apply.reviewTitle')}
      </Title>
      {sections.map((section) => (
        <Paper key={section.step} withBorder radius="md" p="sm">
          <Group justify="space-between" mb="xs" wrap="nowrap">
            <Text fw={600} style={{ flex: 1, minWidth: 0 }}>
              {section.title}
            </Text>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPencil size={14} aria-hidden="true" />}
              onClick={() => onEdit(section.step)}
              style={{ flexShrink: 0 }}
              aria-label={t('ui.apply.editSection', { section: section.title })}
            >
              {t('ui.common.edit')}
            </Button>
          </Group>
          <DefinitionRows rows={section.rows} />
        </Paper>
      ))}
    </Stack>
  );
}
