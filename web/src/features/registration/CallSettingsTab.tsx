import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify.ts';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { useProgram } from '../programs/api.ts';
import { useSaveCall } from './api.ts';
import { CallForm } from './CallForm.tsx';
import { useCallContext } from './CallPage.tsx';

export default function CallSettingsTab() {
  const { t } = useTranslation();
  const { call, programId } = useCallContext();
  const program = useProgram(programId);
  const save = useSaveCall(programId, call.id);

  if (program.isPending) return <LoadingState />;
  if (program.isError)
    return <ErrorState error={program.error} onRetry={() => void program.refetch()} />;

  return (
    <CallForm
      // A new version of the call starts the form again from what was saved.
      key={`${call.id}-${call.rulesVersion}-${call.name}-${call.opensOn}-${call.closesOn}`}
      program={program.data}
      call={call}
      saving={save.isPending}
      error={save.error}
      onSave={async (body) => {
        const saved = await save.mutateAsync(body);
        notifySuccess(
          t('ui.callForm.saved'),
          saved.rulesVersion !== call.rulesVersion
            ? t('ui.callForm.savedNewVersion', { version: saved.rulesVersion })
            : saved.name,
        );
      }}
    />
  );
}
