import {
  Anchor,
  Button,
  CopyButton,
  List,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconCheck, IconCircleCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TPublicCall } from '../../../../../shared/schemas/registration.ts';
import { useFormat } from '../../../i18n/format.ts';
import type { ApplicationReceipt } from '../api.ts';
import { useRegLabels } from '../labels.ts';
import { Notice } from '../../../components/Notice.tsx';

/** The application went through: the confirmation code, big and easy to keep. */
export function ApplySuccess({
  call,
  receipt,
  onAnother,
}: {
  call: TPublicCall;
  receipt: ApplicationReceipt;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useRegLabels();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const statusLink = `/apply/${encodeURIComponent(call.code)}/status?c=${encodeURIComponent(receipt.confirmationCode)}`;

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
      <Stack gap="md" align="center" ta="center">
        <ThemeIcon size={56} radius="xl" color="teal.8" variant="light" aria-hidden="true">
          <IconCircleCheck size={36} />
        </ThemeIcon>
        <Title order={1} fz={{ base: 24, sm: 30 }} ref={heading} tabIndex={-1}>
          {t('ui.apply.success.title')}
        </Title>
        <Text>{t('ui.apply.success.body', { call: call.name })}</Text>
        <Stack gap={4} align="center">
          <Text size="sm" c="dimmed">
            {t('ui.apply.success.codeLabel')}
          </Text>
          <Text
            className="confirmation-code"
            fz={{ base: 34, sm: 44 }}
            fw={800}
            c="indigo.9"
            data-testid="confirmation-code"
          >
            {receipt.confirmationCode}
          </Text>
          <CopyButton value={receipt.confirmationCode}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'light' : 'default'}
                color={copied ? 'teal.9' : undefined}
                leftSection={
                  copied ? (
                    <IconCheck size={16} aria-hidden="true" />
                  ) : (
                    <IconCopy size={16} aria-hidden="true" />
                  )
                }
                onClick={copy}
              >
                {copied ? t('ui.apply.success.copied') : t('ui.apply.success.copy')}
              </Button>
            )}
          </CopyButton>
        </Stack>
        <Notice color="yellow" w="100%" ta="left" title={t('ui.apply.success.keepTitle')}>
          {t('ui.apply.success.keep')}
        </Notice>
        <Text size="sm" c="dimmed">
          {t('ui.apply.success.sentAt', { date: f.dateTime(receipt.submittedAt) })}
        </Text>
        {call.requiredDocuments.length > 0 && (
          <Stack gap={4} w="100%" ta="left">
            <Text size="sm" fw={600}>
              {t('ui.apply.success.documents')}
            </Text>
            <List size="sm">
              {call.requiredDocuments.map((kind) => (
                <List.Item key={kind}>{labels.documentKind(kind)}</List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Button component={Link} to={statusLink} size="md">
          {t('ui.apply.success.checkStatus')}
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onAnother}>
          {t('ui.apply.success.another')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
