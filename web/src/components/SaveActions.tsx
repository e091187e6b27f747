import { Button, Group } from '@mantine/core';
import { Notice } from './Notice.tsx';

/**
 * The end of a settings form: what went wrong that no field shows, a button that puts the form
 * back as it was saved, and the save button.
 */
export function SaveActions({
  problems,
  failedTitle,
  resetLabel,
  saveLabel,
  dirty,
  saving,
  onReset,
}: {
  problems: string[];
  failedTitle: string;
  resetLabel: string;
  saveLabel: string;
  /** Something changed since the form was saved. */
  dirty: boolean;
  saving: boolean;
  onReset: () => void;
}) {
  return (
    <>
      {problems.length > 0 && (
        <Notice color="red" role="alert" title={failedTitle}>
          {problems.join(' ')}
        </Notice>
      )}
      <Group gap="sm" justify="flex-end">
        <Button variant="default" disabled={!dirty || saving} onClick={onReset}>
          {resetLabel}
        </Button>
        <Button type="submit" loading={saving}>
          {saveLabel}
        </Button>
      </Group>
    </>
  );
}
