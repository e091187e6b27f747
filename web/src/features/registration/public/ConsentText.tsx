import { Box, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The personal-data notice (Ley 1581 de 2012) that an applicant accepts: what the data is for,
 * who answers for it, the person's rights and how to use them. Its version goes with the consent.
 */
export function ConsentText({
  programName,
  version,
  scroll = true,
}: {
  programName: string;
  /** The version of the text the person accepts (the public call says which). */
  version?: string;
  scroll?: boolean;
}) {
  const { t } = useTranslation();
  const text = (
    <Stack gap="xs">
      <Text size="sm">{t('ui.apply.consent.purpose', { program: programName })}</Text>
      <Text size="sm">{t('ui.apply.consent.controller', { program: programName })}</Text>
      <Text size="sm" fw={600}>
        {t('ui.apply.consent.rightsTitle')}
      </Text>
      <List size="sm" spacing={2}>
        <List.Item>{t('ui.apply.consent.rights.know')}</List.Item>
        <List.Item>{t('ui.apply.consent.rights.update')}</List.Item>
        <List.Item>{t('ui.apply.consent.rights.correct')}</List.Item>
        <List.Item>{t('ui.apply.consent.rights.delete')}</List.Item>
        <List.Item>{t('ui.apply.consent.rights.revoke')}</List.Item>
      </List>
      <Text size="sm">{t('ui.apply.consent.howTo')}</Text>
      <Text size="sm">{t('ui.apply.consent.sensitive')}</Text>
      {version && (
        <Text size="xs" c="dimmed">
          {t('ui.apply.consent.version', { version })}
        </Text>
      )}
    </Stack>
  );
  return (
    <Stack gap="xs" component="section" aria-labelledby="consent-title">
      <Title order={3} size="h4" id="consent-title">
        {t('ui.apply.consent.title')}
      </Title>
      {scroll ? (
        // Focusable, so that keyboard users can scroll it too.
        <Box
          tabIndex={0}
          role="region"
          aria-labelledby="consent-title"
          mah={320}
          p="sm"
          style={{
            overflowY: 'auto',
            border: '1px solid var(--mantine-color-gray-4)',
            borderRadius: 'var(--mantine-radius-md)',
          }}
        >
          {text}
        </Box>
      ) : (
        text
      )}
    </Stack>
  );
}
