import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PASSWORD_RECOMMENDED, checkPassword } from '../../../../shared/domain/password.ts';

const COLORS = {
  too_short: 'red.9',
  too_long: 'red.9',
  acceptable: 'yellow.6',
  recommended: 'teal.8',
} as const;

/** A meter based only on length, as the password rules are (NIST SP 800-63B). */
export function PasswordStrength({ value, id }: { value: string; id: string }) {
  const { t } = useTranslation();
  const length = [...value].length;
  const verdict = checkPassword(value);
  return (
    <Stack gap={4} id={id}>
      <Progress
        value={Math.min(100, (length / PASSWORD_RECOMMENDED) * 100)}
        color={COLORS[verdict]}
        size="sm"
        aria-hidden="true"
      />
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          {t('ui.password.hint')}
        </Text>
        {length > 0 && (
          <Text size="xs" fw={600} aria-live="polite">
            {t(`ui.password.verdict.${verdict}`, { n: length })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
