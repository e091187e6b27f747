import { Anchor, Box, Button, Group, Select, Stack, Text } from '@mantine/core';
import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import { IconBuildingStore, IconExternalLink, IconSparkles } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPlan, TPlanActivity } from '../../../../shared/schemas/assessment.ts';
import type { TServiceSuggestion } from '../../../../shared/schemas/services.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';

/** The service an activity is linked to, as the plan tells it. */
export type LinkedService = NonNullable<TPlanActivity['service']>;

/** The value of "no service" in the select (a select's values cannot be empty). */
export const NO_SERVICE = 'none';

/** Every service the plan proposes, by id, whatever the lever: for links and contacts. */
export function suggestionsById(plan: Pick<TPlan, 'serviceSuggestions'>) {
  const out = new Map<string, TServiceSuggestion>();
  for (const list of Object.values(plan.serviceSuggestions))
    for (const s of list) if (!out.has(s.id)) out.set(s.id, s);
  return out;
}

/** Whether a service is among those proposed for the lever. */
export function suggestedFor(
  plan: Pick<TPlan, 'serviceSuggestions'>,
  lever: string,
  serviceId: string,
): boolean {
  return (plan.serviceSuggestions[lever] ?? []).some((s) => s.id === serviceId);
}

/**
 * The service an activity uses, in the plan editor: those proposed for its lever first (the
 * business's city before national ones, as the server ranks them), then the other active ones the
 * plan knows, and "None". With no service yet and some proposed, a short hint opens the list.
 */
export function PlanServiceField({
  plan,
  lever,
  leverName,
  value,
  linked,
  onChange,
  error,
}: {
  plan: Pick<TPlan, 'serviceSuggestions'>;
  lever: string;
  leverName: string;
  /** A service id, or NO_SERVICE. */
  value: string;
  /** The service saved on the activity (it may no longer be proposed, or active). */
  linked: LinkedService | null;
  onChange: (serviceId: string) => void;
  error?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const suggested = plan.serviceSuggestions[lever] ?? [];
  const all = suggestionsById(plan);
  const suggestedIds = new Set(suggested.map((s) => s.id));
  const others = [...all.values()].filter((s) => !suggestedIds.has(s.id));
  const known = linked && !all.has(linked.id) ? linked : null;

  const item = (s: { id: string; name: string; entityName: string }): ComboboxItem => ({
    value: s.id,
    label: `${s.name} · ${s.entityName}`,
  });
  const data: (ComboboxItem | ComboboxItemGroup)[] = [
    { value: NO_SERVICE, label: t('ui.plan.service.none') },
  ];
  if (known)
    data.push({
      group: t('ui.plan.service.groupLinked'),
      items: [item(known)],
    });
  if (suggested.length > 0)
    data.push({
      group: t('ui.plan.service.groupSuggested', { lever: leverName }),
      items: suggested.map(item),
    });
  if (others.length > 0)
    data.push({ group: t('ui.plan.service.groupOther'), items: others.map(item) });

  const hintCount = value === NO_SERVICE ? suggested.length : 0;
  const detail = (id: string) => {
    const s = all.get(id);
    if (!s)
      return known && known.id === id && known.status !== 'active'
        ? t('ui.plan.service.toActivate')
        : null;
    return [
      suggestedIds.has(id) ? t('ui.plan.service.suggested') : null,
      t(`ui.services.scopes.${s.scope}`),
      t(`ui.services.costs.${s.cost}`),
    ]
      .filter(Boolean)
      .join(' · ');
  };

  return (
    <Stack gap={4}>
      <Select
        ref={inputRef}
        label={t('ui.plan.service.label')}
        description={
          all.size === 0 && !known ? t('ui.plan.service.noneAvailable') : t('ui.plan.service.help')
        }
        data={data}
        value={value}
        onChange={(v) => onChange(v ?? NO_SERVICE)}
        allowDeselect={false}
        searchable
        nothingFoundMessage={t('ui.common.nothingFound')}
        dropdownOpened={opened}
        onDropdownOpen={() => setOpened(true)}
        onDropdownClose={() => setOpened(false)}
        comboboxProps={{ withinPortal: true }}
        maxDropdownHeight={320}
        size="md"
        error={error}
        leftSection={<IconBuildingStore size={18} aria-hidden="true" />}
        renderOption={({ option, checked }) => {
          const extra = option.value === NO_SERVICE ? null : detail(option.value);
          return (
            <Box style={{ minWidth: 0 }}>
              <Text size="sm" fw={checked ? 600 : 400} style={{ overflowWrap: 'anywhere' }}>
                {option.label}
              </Text>
              {extra && (
                <Text size="xs" c="dimmed">
                  {extra}
                </Text>
              )}
            </Box>
          );
        }}
      />
      {hintCount > 0 && (
        <Box>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconSparkles size={14} aria-hidden="true" />}
            onClick={() => {
              inputRef.current?.focus();
              setOpened(true);
            }}
          >
            {t('ui.plan.service.suggestions', { count: hintCount })}
          </Button>
        </Box>
      )}
    </Stack>
  );
}

/**
 * Under an activity of the plan: the service it uses and who offers it, "to activate" when it is
 * no longer active, and its link (or contact).
 */
export function ActivityService({ service }: { service: LinkedService }) {
  const { t } = useTranslation();
  const reach = service.link ? (
    <Anchor
      href={service.link}
      target="_blank"
      rel="noopener noreferrer"
      size="sm"
      aria-label={`${t('ui.services.openLinkOf', { name: service.name })} (${t('ui.common.opensInNewTab')})`}
    >
      <Group gap={4} wrap="nowrap" component="span">
        {t('ui.services.openLink')}
        <IconExternalLink size={14} aria-hidden="true" />
      </Group>
    </Anchor>
  ) : service.contact ? (
    <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
      {service.contact}
    </Text>
  ) : null;
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <IconBuildingStore
        size={18}
        aria-hidden="true"
        style={{ flexShrink: 0, marginTop: 2, color: 'var(--mantine-color-indigo-9)' }}
      />
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('ui.plan.service.uses', { name: service.name, entity: service.entityName })}
        </Text>
        {(service.status !== 'active' || reach) && (
          <Group gap="xs" wrap="wrap" align="center">
            {service.status !== 'active' && (
              <StatusBadge color="yellow">{t('ui.plan.service.toActivate')}</StatusBadge>
            )}
            {reach}
          </Group>
        )}
      </Stack>
    </Group>
  );
}
