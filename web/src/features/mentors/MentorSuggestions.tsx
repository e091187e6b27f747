import { Box, Button, Group, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { SimpleGridProps } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TMentorSuggestion } from '../../../../shared/schemas/mentors.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import type { MentorLabels } from './labels.ts';

/**
 * The mentors proposed for a plan, best first, each with its score and the reasons in words, and
 * (for those who assign) a button to assign it.
 */
export function MentorSuggestions(props: {
  suggestions: readonly TMentorSuggestion[];
  /** The business's city, to say "Atiende en Bucaramanga". */
  municipalityCode: string;
  labels: MentorLabels;
  /** Null: read-only. */
  onAssign: ((s: TMentorSuggestion) => void) | null;
  /** The mentor being assigned now; the other buttons wait. */
  pendingId?: string | null;
  /** Names the list for assistive technology. */
  label: string;
  /** Side by side on wider screens; one under the other by default. */
  cols?: SimpleGridProps['cols'];
}) {
  const { t } = useTranslation();
  const f = useFormat();
  if (props.suggestions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('ui.mentors.noSuggestions')}
      </Text>
    );
  return (
    <SimpleGrid
      component="ul"
      cols={props.cols ?? 1}
      spacing="xs"
      verticalSpacing="xs"
      p={0}
      m={0}
      aria-label={props.label}
      style={{ listStyle: 'none' }}
    >
      {props.suggestions.map((s) => (
        <Paper component="li" key={s.userId} withBorder radius="sm" p="xs" bg="gray.0">
          <Stack gap={6} h="100%">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Box style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {s.name}
                </Text>
                {s.organization && (
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {s.organization}
                  </Text>
                )}
              </Box>
              <StatusBadge color={s.score >= 70 ? 'teal' : s.score >= 40 ? 'indigo' : 'gray'}>
                {t('ui.mentors.score', { score: f.number(Math.round(s.score)) })}
              </StatusBadge>
            </Group>
            <List size="sm" spacing={2} withPadding>
              {props.labels.reasons(s, props.municipalityCode).map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
            {props.onAssign && (
              <Group justify="flex-end" mt="auto">
                <Button
                  size="xs"
                  leftSection={<IconUserPlus size={14} aria-hidden="true" />}
                  aria-label={t('ui.mentors.assignNamed', { name: s.name })}
                  loading={props.pendingId === s.userId}
                  disabled={Boolean(props.pendingId) && props.pendingId !== s.userId}
                  onClick={() => props.onAssign?.(s)}
                >
                  {t('ui.mentors.assign')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
