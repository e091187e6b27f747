import { Button, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('ui.notFound.title')} · ${t('ui.app.name')}`);
  return (
    <Stack gap="md" py="xl" maw={560}>
      <Text c="dimmed" fw={700} size="sm">
        404
      </Text>
      <Title order={1}>{t('ui.notFound.title')}</Title>
      <Text>{t('ui.notFound.body')}</Text>
      <Button component={Link} to="/" w="fit-content">
        {t('ui.notFound.home')}
      </Button>
    </Stack>
  );
}
