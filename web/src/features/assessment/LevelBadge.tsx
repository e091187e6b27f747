import { Badge, Box, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Level } from '../../../../shared/schemas/assessment.ts';
import { LEVEL_COLORS } from './labels.ts';

/** A level in a tinted pill with a dot of its colour; the name always says it in words. */
export function LevelBadge({
  level,
  size = 'md',
}: {
  level: Level;
  size?: 'sm' | 'md' | 'lg' | 'xl';
}) {
  const { t } = useTranslation();
  const c = LEVEL_COLORS[level];
  return (
    <Badge
      variant="light"
      size={size}
      bg={c.bg}
      c={c.text}
      tt="none"
      fw={700}
      miw="max-content"
      leftSection={
        <Box
          w={size === 'xl' ? 12 : 8}
          h={size === 'xl' ? 12 : 8}
          bg={c.bar}
          style={{ borderRadius: '50%' }}
          aria-hidden="true"
        />
      }
    >
      {t(`levels.${level}`)}
    </Badge>
  );
}

/** The level in force; when a supervisor changed it, the scored level struck through before it. */
export function LevelChange({
  level,
  originalLevel,
  size = 'md',
}: {
  level: Level;
  originalLevel: Level;
  size?: 'sm' | 'md' | 'lg' | 'xl';
}) {
  const { t } = useTranslation();
  if (level === originalLevel) return <LevelBadge level={level} size={size} />;
  return (
    <Group gap={6} wrap="wrap" align="center">
      <Text component="s" td="line-through" size={size === 'xl' ? 'lg' : 'sm'} c="dimmed" fw={500}>
        <VisuallyHidden>{t('ui.assessment.diagnosis.scoredLevel')}</VisuallyHidden>
        {t(`levels.${originalLevel}`)}
      </Text>
      <IconArrowRight size={16} aria-hidden="true" />
      <VisuallyHidden>{t('ui.assessment.diagnosis.adjustedLevel')}</VisuallyHidden>
      <LevelBadge level={level} size={size} />
    </Group>
  );
}
