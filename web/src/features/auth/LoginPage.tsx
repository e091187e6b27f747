import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { TLoginBody } from '../../../../shared/schemas/auth.ts';
import { errorMessage, formErrors, isApiError } from '../../api/client.ts';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { LoadingState } from '../../components/states.tsx';
import { useLogin, useMe } from './api.ts';
import { useSessionNotice } from './session.ts';

const FIELDS = ['email', 'password'] as const;

function safeFrom(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  // Only paths inside the app: never an absolute URL handed in from elsewhere.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('ui.login.title')} · ${t('ui.app.name')}`);
  const me = useMe();
  const location = useLocation();
  const notice = useSessionNotice();
  const login = useLogin();

  const form = useForm<TLoginBody>({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : t('ui.login.emailRequired')),
      password: (v) => (v ? null : t('ui.login.passwordRequired')),
    },
  });

  if (me.isPending) return <LoadingState />;
  if (me.data) return <Navigate to={safeFrom(location.state)} replace />;

  const submit = form.onSubmit((values) => {
    login.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onError: (error) => {
          form.setErrors(formErrors(error, FIELDS));
          if (isApiError(error) && error.code === 'invalid_credentials') {
            form.setFieldValue('password', '');
          }
        },
      },
    );
  });

  const error = login.error;
  const locked = isApiError(error) && error.code === 'account_locked';

  return (
    <Box component="main" mih="100dvh" bg="gray.0" py={{ base: 'md', sm: 'xl' }} px="md">
      <Stack maw={420} mx="auto" gap="lg">
        <Group justify="flex-end">
          <LanguageSwitch size="sm" />
        </Group>
        <Stack gap={4} ta="center">
          <Title order={1} c="indigo.9" fz={{ base: 34, sm: 40 }}>
            {t('ui.app.name')}
          </Title>
          <Text c="dimmed">{t('ui.app.tagline')}</Text>
        </Stack>
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'md', sm: 'xl' }}>
          <form onSubmit={submit} noValidate aria-labelledby="login-title">
            <Stack gap="md">
              <Title order={2} size="h3" id="login-title">
                {t('ui.login.title')}
              </Title>
              {notice && !error && (
                <Alert
                  color="blue"
                  variant="light"
                  icon={<IconInfoCircle aria-hidden="true" />}
                  role="status"
                >
                  {notice}
                </Alert>
              )}
              {error && (
                <Alert
                  color="red"
                  variant="light"
                  icon={
                    locked ? (
                      <IconLock aria-hidden="true" />
                    ) : (
                      <IconAlertCircle aria-hidden="true" />
                    )
                  }
                  role="alert"
                >
                  {errorMessage(error)}
                </Alert>
              )}
              <TextInput
                label={t('ui.login.email')}
                type="email"
                autoComplete="username"
                inputMode="email"
                autoCapitalize="none"
                spellCheck={false}
                size="md"
                required
                {...form.getInputProps('email')}
              />
              <PasswordInput
                label={t('ui.login.password')}
                autoComplete="current-password"
                size="md"
                required
                visibilityToggleButtonProps={{
                  'aria-label': t('ui.login.showPassword'),
                }}
                {...form.getInputProps('password')}
              />
              <Button type="submit" size="md" fullWidth loading={login.isPending}>
                {t('ui.login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Center>
          <Text size="sm" c="dimmed" ta="center">
            {t('ui.login.help')}
          </Text>
        </Center>
      </Stack>
    </Box>
  );
}
