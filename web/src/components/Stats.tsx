import { Group, Paper, Progress, Text } from '@mantine/core';
import { useFormat } from '../i18n/format.ts';

/** A part as a share of a whole; null when there is no whole to compare with. */
export function shareOf(part: number, whole: number | null): number | null {
  return whole && whole > 0 ? part / whole : null;
}

/** A count in a table cell; a zero is greyed, so the counts that matter stand out. */
export function Count({ n }: { n: number }) {
  const f = useFormat();
  if (n !== 0) return f.number(n);
  return (
    <Text component="span" c="dimmed" size="sm">
      0
    </Text>
  );
}

/** A labelled figure in a card (program home, call summary). */
export function StatCard({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={{ base: 24, sm: 28 }} fw={700} className="num" ta="left" lh={1.2} mt={4}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" mt={4}>
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** Progress towards a goal or target, as a bar and a percentage; a dash when there is none. */
export function RatioBar({ ratio }: { ratio: number | null }) {
  const f = useFormat();
  if (ratio === null) {
    return (
      <Text c="dimmed" ta="right">
        —
      </Text>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      <Progress
        value={Math.min(100, ratio * 100)}
        color={ratio >= 1 ? 'teal.8' : 'indigo.8'}
        size="md"
        aria-hidden="true"
        style={{ flex: 1, minWidth: 60 }}
      />
      <Text className="num" size="sm" fw={500} miw={56}>
        {f.percent(ratio)}
      </Text>
    </Group>
  );
}
