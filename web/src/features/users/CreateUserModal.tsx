import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  PasswordInput,
  Select,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../../../shared/domain/password.ts';
import type { TLocale } from '../../../../shared/schemas/auth.ts';
import type { TUserSummary } from '../../../../shared/schemas/users.ts';
import { errorMessage, formErrors, unplacedFieldErrors } from '../../api/client.ts';
import { LANGUAGES, currentLanguage } from '../../i18n/index.ts';
import { PasswordStrength } from './PasswordStrength.tsx';
import { useCreateUser } from './api.ts';
import { notifySuccess } from '../../components/notify.ts';

interface Values {
  email: string;
  name: string;
  password: string;
  locale: TLocale;
  isAdmin: boolean;
}

const FIELDS = ['email', 'name', 'password', 'locale', 'isAdmin'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (user: TUserSummary) => void;
}

export function CreateUserModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const form = useForm<Values>({
    initialValues: { email: '', name: '', password: '', locale: currentLanguage(), isAdmin: false },
    validate: {
      email: (v) => (EMAIL.test(v.trim()) ? null : t('validation.invalid_email')),
      name: (v) => (v.trim() ? null : t('validation.required')),
      password: (v) => {
        const n = [...v].length;
        if (n < PASSWORD_MIN) return t('validation.password_too_short');
        if (n > PASSWORD_MAX) return t('validation.password_too_long');
        return null;
      },
    },
  });

  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    create.mutate(
      { ...values, email: values.email.trim(), name: values.name.trim() },
      {
        onSuccess: (user) => {
          notifySuccess(t('ui.users.created'), t('ui.users.createdBody', { name: user.name }));
          form.reset();
          create.reset();
          onCreated(user);
        },
        onError: (error) => form.setErrors(formErrors(error, FIELDS)),
      },
    );
  });

  const extra = unplacedFieldErrors(create.error, FIELDS);

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('ui.users.newUser')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {create.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(create.error)}
              {extra.length > 0 && (
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                  {extra.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              )}
            </Alert>
          )}
          <TextInput
            label={t('ui.users.fields.name')}
            required
            autoComplete="off"
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('ui.users.fields.email')}
            type="email"
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            {...form.getInputProps('email')}
          />
          <Stack gap={6}>
            <PasswordInput
              label={t('ui.users.fields.password')}
              required
              autoComplete="new-password"
              aria-describedby="new-user-password-strength"
              visibilityToggleButtonProps={{ 'aria-label': t('ui.login.showPassword') }}
              {...form.getInputProps('password')}
            />
            <PasswordStrength id="new-user-password-strength" value={form.values.password} />
          </Stack>
          <Select
            label={t('ui.users.fields.locale')}
            data={LANGUAGES.map((l) => ({ value: l, label: t(`ui.language.${l}`) }))}
            allowDeselect={false}
            {...form.getInputProps('locale')}
          />
          <Checkbox
            label={t('ui.users.fields.isAdmin')}
            description={t('ui.users.fields.isAdminHelp')}
            {...form.getInputProps('isAdmin', { type: 'checkbox' })}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('ui.users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
