import { ActionIcon, Anchor, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { useDraggable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import {
  IconArrowsExchange,
  IconCalendarEvent,
  IconCheck,
  IconDotsVertical,
  IconGripVertical,
  IconUser,
} from '@tabler/icons-react';
import { memo } from 'react';
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TCaseCard, TCaseSettings } from '../../../../shared/schemas/cases.ts';
import { useFormat } from '../../i18n/format.ts';
import { useCaseLabels } from './labels.ts';

export const caseLink = (programId: string, caseId: string) =>
  `/p/${encodeURIComponent(programId)}/cases/${encodeURIComponent(caseId)}`;

interface Props {
  card: TCaseCard;
  programId: string;
  settings: TCaseSettings;
  /** Who may move it: shows the handle and the "Move to…" menu. */
  canMove: boolean;
  /** Dragging works with a pointer on wide screens; phones use the menu. */
  draggable: boolean;
  moving: boolean;
  onMove: (card: TCaseCard, stage: string) => void;
}

/** A case on the board: business, owner, facilitator, last encounter, and a way to move it. */
export const CaseCard = memo(function CaseCard(props: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useCaseLabels(props.settings);
  const { card } = props;
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: card.id,
    data: { card },
    disabled: !props.canMove || !props.draggable,
  });
  const handleId = `drag-${card.id}`;
  // dnd-kit types its listeners loosely; they are plain React event handlers.
  const onPointerDown = listeners?.onPointerDown as React.PointerEventHandler | undefined;
  const onKeyDown = listeners?.onKeyDown as React.KeyboardEventHandler | undefined;
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="md"
      p="xs"
      className="case-card"
      data-dragging={isDragging || undefined}
      data-moving={props.moving || undefined}
      style={{ transform: CSS.Translate.toString(transform) }}
      // A pointer anywhere on the card drags it; the keyboard uses the handle below.
      onPointerDown={onPointerDown}
      aria-label={card.businessName}
      component="article"
    >
      <Group gap={4} wrap="nowrap" align="flex-start">
        {props.canMove && props.draggable && (
          <ActionIcon
            id={handleId}
            variant="subtle"
            color="gray.7"
            size="sm"
            {...attributes}
            onKeyDown={onKeyDown}
            aria-label={t('ui.cases.board.dragHandle', { name: card.businessName })}
            aria-roledescription={t('ui.cases.board.draggable')}
            className="case-card-handle"
          >
            <IconGripVertical size={16} aria-hidden="true" />
          </ActionIcon>
        )}
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Anchor
            component={Link}
            to={caseLink(props.programId, card.id)}
            fw={600}
            size="sm"
            lineClamp={2}
          >
            {card.businessName}
          </Anchor>
          <Text size="xs" c="dimmed" truncate>
            {card.ownerName}
          </Text>
          <Group gap={4} wrap="nowrap">
            <IconUser size={12} aria-hidden="true" />
            <Text size="xs" truncate>
              {card.facilitatorName ?? t('ui.cases.card.noFacilitator')}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <IconCalendarEvent size={12} aria-hidden="true" />
            <Text size="xs" truncate>
              {card.lastEncounterOn
                ? t('ui.cases.card.lastEncounter', { date: f.day(card.lastEncounterOn) })
                : t('ui.cases.card.noEncounter')}
            </Text>
          </Group>
        </Stack>
        {props.canMove && (
          <Menu position="bottom-end" shadow="md" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray.7"
                aria-label={t('ui.cases.card.moveMenu', { name: card.businessName })}
              >
                <IconDotsVertical size={18} aria-hidden="true" />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('ui.cases.card.moveTo')}</Menu.Label>
              {props.settings.stages.map((s) => (
                <Menu.Item
                  key={s.id}
                  disabled={s.id === card.stage}
                  leftSection={
                    s.id === card.stage ? (
                      <IconCheck size={14} aria-hidden="true" />
                    ) : (
                      <IconArrowsExchange size={14} aria-hidden="true" />
                    )
                  }
                  onClick={() => props.onMove(card, s.id)}
                >
                  {labels.stage(s.id)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
    </Paper>
  );
});
