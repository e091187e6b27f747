import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseSettings, TTimelineEntry } from '../../../../shared/schemas/cases.ts';
import { useFormat } from '../../i18n/format.ts';
import { useCaseLabels } from './labels.ts';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Everything that happened to the case, newest first. */
export function Timeline({
  entries,
  settings,
  encounterExtra,
}: {
  entries: TTimelineEntry[];
  settings: TCaseSettings;
  /** Shown under an encounter (its attachments), by the encounter's id. */
  encounterExtra?: (encounterId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useCaseLabels(settings);
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  if (sorted.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('ui.cases.timeline.empty')}
      </Text>
    );

  const describe = (e: TTimelineEntry): { title: string; lines: string[] } => {
    const d = e.detail;
    switch (e.kind) {
      case 'registered':
        return { title: t('ui.cases.timeline.registered'), lines: [] };
      case 'stage_changed':
        return {
          title: t('ui.cases.timeline.stageChanged', {
            from: str(d.from) ? labels.stage(str(d.from)!) : '—',
            to: str(d.to) ? labels.stage(str(d.to)!) : '—',
          }),
          lines: [],
        };
      case 'encounter': {
        const enc = (
          typeof d.encounter === 'object' && d.encounter !== null ? d.encounter : d
        ) as Record<string, unknown>;
        const lines: string[] = [];
        if (str(enc.notes)) lines.push(str(enc.notes)!);
        if (str(enc.nextSteps))
          lines.push(
            str(enc.nextStepDueOn)
              ? t('ui.cases.timeline.nextStepsDue', {
                  text: str(enc.nextSteps),
                  date: f.day(str(enc.nextStepDueOn)!),
                })
              : t('ui.cases.timeline.nextSteps', { text: str(enc.nextSteps) }),
          );
        return {
          title: t('ui.cases.timeline.encounter', {
            mode: labels.mode(str(enc.mode) ?? ''),
            minutes: f.number(Number(enc.durationMinutes ?? 0)),
            date: str(enc.occurredOn) ? f.day(str(enc.occurredOn)!) : '—',
          }),
          lines,
        };
      }
      case 'withdrawn':
        return {
          title: t('ui.cases.timeline.withdrawn', {
            reason: str(d.reason) ? labels.reason(str(d.reason)!) : '—',
          }),
          lines: [
            ...(str(d.stage)
              ? [t('ui.cases.timeline.atStage', { stage: labels.stage(str(d.stage)!) })]
              : []),
            ...(str(d.note) ? [str(d.note)!] : []),
          ],
        };
      case 'reactivated':
        return {
          title: t('ui.cases.timeline.reactivated'),
          lines: str(d.note) ? [str(d.note)!] : [],
        };
      case 'assigned':
        return {
          title: t(
            d.role === 'supervisor'
              ? 'ui.cases.timeline.assignedSupervisor'
              : d.role === 'mentor'
                ? 'ui.cases.timeline.assignedMentor'
                : 'ui.cases.timeline.assignedFacilitator',
            {
              from: str(d.from) ?? str(d.fromName) ?? t('ui.cases.timeline.nobody'),
              to: str(d.to) ?? str(d.toName) ?? t('ui.cases.timeline.nobody'),
            },
          ),
          lines: str(d.note) ? [str(d.note)!] : [],
        };
    }
  };

  return (
    <ol className="case-timeline">
      {sorted.map((e) => {
        const { title, lines } = describe(e);
        return (
          <li key={e.id}>
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {title}
              </Text>
              {lines.map((line, i) => (
                <Text
                  key={i}
                  size="sm"
                  style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                >
                  {line}
                </Text>
              ))}
              <Group gap={6}>
                <Text size="xs" c="dimmed">
                  {f.dateTime(e.at)}
                  {e.actorName ? ` · ${e.actorName}` : ''}
                </Text>
              </Group>
              {e.kind === 'encounter' && encounterExtra?.(e.id)}
            </Stack>
          </li>
        );
      })}
    </ol>
  );
}
