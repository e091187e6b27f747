import { notifications } from '@mantine/notifications';
import { errorMessage } from '../api/client.ts';
import i18n from '../i18n/index.ts';

function closeButtonProps() {
  return { 'aria-label': i18n.t('ui.common.close') };
}

/** A mutation went through. */
export function notifySuccess(title: string, message: string): void {
  notifications.show({ color: 'teal.8', title, message, closeButtonProps: closeButtonProps() });
}

/** A mutation failed: the server's message, under a title saying what did not happen. */
export function notifyError(title: string, error: unknown): void {
  notifications.show({
    color: 'red.9',
    title,
    message: errorMessage(error),
    autoClose: 8000,
    closeButtonProps: closeButtonProps(),
  });
}
