import { Badge, Box, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  rectIntersection,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type { Announcements, DragEndEvent, KeyboardCoordinateGetter } from '@dnd-kit/core';
import { useMediaQuery } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TBoard, TCaseCard, TCaseSettings } from '../../../../shared/schemas/cases.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useBoard, useColumnMore } from './api.ts';
import type { CaseFilter } from './api.ts';
import { CaseCard } from './CaseCard.tsx';
import { useCaseLabels } from './labels.ts';

interface BoardProps {
  programId: string;
  settings: TCaseSettings;
  filter: CaseFilter;
  canMove: boolean;
  moving: string | undefined;
  onMove: (card: TCaseCard, stage: string) => void;
}

/** Arrow keys carry a lifted card to the column on either side (not 25 px at a time). */
const columnCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return undefined;
  event.preventDefault();
  const from = context.collisionRect?.left ?? currentCoordinates.x;
  const lefts = [...context.droppableRects.values()].map((r) => r.left).sort((a, b) => a - b);
  const target =
    event.code === 'ArrowRight'
      ? lefts.find((l) => l > from + 8)
      : [...lefts].reverse().find((l) => l < from - 8);
  if (target === undefined) return currentCoordinates;
  return { x: currentCoordinates.x + (target + 8 - from), y: currentCoordinates.y };
};

/** The Kanban: one column per stage with its count; phones show one column at a time. */
export function BoardView(props: BoardProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useCaseLabels(props.settings);
  const board = useBoard(props.programId, props.filter);
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [phoneStage, setPhoneStage] = useState<string>(props.settings.stages[0]?.id ?? '');
  const [dragged, setDragged] = useState<TCaseCard | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );

  const stageOf = (id: string | number | undefined) =>
    typeof id === 'string' && id.startsWith('column:') ? id.slice('column:'.length) : null;
  const nameOf = (id: string | number) =>
    board.data?.columns.flatMap((c) => c.cards).find((c) => c.id === id)?.businessName ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('ui.cases.board.announce.start', { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) => {
      const stage = stageOf(over?.id);
      return stage
        ? t('ui.cases.board.announce.over', { name: nameOf(active.id), stage: labels.stage(stage) })
        : t('ui.cases.board.announce.outside', { name: nameOf(active.id) });
    },
    onDragEnd: ({ active, over }) => {
      const stage = stageOf(over?.id);
      return stage
        ? t('ui.cases.board.announce.dropped', {
            name: nameOf(active.id),
            stage: labels.stage(stage),
          })
        : t('ui.cases.board.announce.cancelled', { name: nameOf(active.id) });
    },
    onDragCancel: ({ active }) =>
      t('ui.cases.board.announce.cancelled', { name: nameOf(active.id) }),
  };

  const onDragEnd = (event: DragEndEvent) => {
    setDragged(null);
    const stage = stageOf(event.over?.id);
    const card = event.active.data.current?.card as TCaseCard | undefined;
    if (stage && card) props.onMove(card, stage);
  };

  if (board.isPending) return <LoadingState />;
  if (board.isError) return <ErrorState error={board.error} onRetry={() => void board.refetch()} />;
  const data = board.data;
  const total = data.columns.reduce((n, c) => n + c.count, 0);

  const column = (c: TBoard['columns'][number], single: boolean) => (
    <BoardColumn
      key={c.stage}
      column={c}
      single={single}
      {...props}
      stale={board.isPlaceholderData}
    />
  );

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('ui.cases.board.summary', {
          total: f.number(total),
          withdrawn: f.number(data.withdrawn),
        })}
      </Text>
      {total === 0 && (
        <EmptyState title={t('ui.cases.board.empty')} description={t('ui.cases.board.emptyHelp')} />
      )}
      {!wide ? (
        <Stack gap="sm">
          <NativeSelect
            label={t('ui.cases.board.stage')}
            value={phoneStage}
            onChange={(e) => setPhoneStage(e.currentTarget.value)}
            data={data.columns.map((c) => ({
              value: c.stage,
              label: `${labels.stage(c.stage)} (${f.number(c.count)})`,
            }))}
            size="md"
          />
          {data.columns.filter((c) => c.stage === phoneStage).map((c) => column(c, true))}
        </Stack>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={rectIntersection}
          accessibility={{
            announcements,
            screenReaderInstructions: { draggable: t('ui.cases.board.instructions') },
          }}
          onDragStart={(e) => setDragged((e.active.data.current?.card as TCaseCard) ?? null)}
          onDragCancel={() => setDragged(null)}
          onDragEnd={onDragEnd}
        >
          <div className="case-board" role="group" aria-label={t('ui.cases.board.title')}>
            {data.columns.map((c) => column(c, false))}
          </div>
          <DragOverlay dropAnimation={null}>
            {dragged ? (
              <Paper withBorder radius="md" p="xs" shadow="md" className="case-card-overlay">
                <Text fw={600} size="sm">
                  {dragged.businessName}
                </Text>
                <Text size="xs" c="dimmed">
                  {dragged.ownerName}
                </Text>
              </Paper>
            ) : null}
          </DragOverlay>
        </DndContext>
      )}
    </Stack>
  );
}

function BoardColumn(
  props: BoardProps & { column: TBoard['columns'][number]; single: boolean; stale: boolean },
) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useCaseLabels(props.settings);
  const { column } = props;
  const [wantMore, setWantMore] = useState(false);
  const more = useColumnMore(props.programId, props.filter, column.stage, wantMore);
  const { setNodeRef, isOver } = useDroppable({
    id: `column:${column.stage}`,
    data: { stage: column.stage },
  });
  const cards = useMemo(() => {
    const seen = new Set(column.cards.map((c) => c.id));
    const extra = (more.data?.pages ?? [])
      .flatMap((p) => p.items)
      .filter((c) => !seen.has(c.id) && c.stage === column.stage);
    return [...column.cards, ...extra];
  }, [column.cards, column.stage, more.data]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 118,
    overscan: 6,
    gap: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  const hasMore = cards.length < column.count;
  // Once asked for more, reaching the end of the column loads the next page by itself.
  useEffect(() => {
    if (
      wantMore &&
      hasMore &&
      !more.isFetching &&
      more.hasNextPage &&
      lastIndex >= cards.length - 4
    )
      void more.fetchNextPage();
  }, [wantMore, hasMore, more, lastIndex, cards.length]);

  const titleId = `column-title-${column.stage}`;
  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      withBorder
      radius="md"
      className="case-column"
      data-single={props.single || undefined}
      data-over={isOver || undefined}
      ref={setNodeRef}
      style={{ opacity: props.stale ? 0.6 : 1 }}
    >
      <Group justify="space-between" wrap="nowrap" px="sm" pt="sm" pb={6} gap="xs">
        <Title order={2} size="h5" id={titleId} lineClamp={2}>
          {labels.stage(column.stage)}
        </Title>
        <Badge variant="light" color="indigo.9" bg="indigo.0" radius="sm" className="num">
          {f.number(column.count)}
        </Badge>
      </Group>
      {cards.length === 0 ? (
        <Text size="sm" c="dimmed" px="sm" pb="sm">
          {t('ui.cases.board.columnEmpty')}
        </Text>
      ) : (
        <Box
          ref={scrollRef}
          className="case-column-scroll"
          tabIndex={0}
          role="group"
          aria-label={t('ui.cases.board.columnCards', { stage: labels.stage(column.stage) })}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const card = cards[item.index]!;
              return (
                <div
                  key={card.id}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    transform: `translateY(${item.start}px)`,
                  }}
                >
                  <CaseCard
                    card={card}
                    programId={props.programId}
                    settings={props.settings}
                    canMove={props.canMove}
                    draggable={!props.single}
                    moving={props.moving === card.id}
                    onMove={props.onMove}
                  />
                </div>
              );
            })}
          </div>
        </Box>
      )}
      <Stack gap={4} p="sm" pt={6}>
        <Text size="xs" c="dimmed" ta="center">
          {t('ui.cases.board.shown', {
            shown: f.number(cards.length),
            total: f.number(column.count),
          })}
        </Text>
        {hasMore && (
          <Button
            variant="light"
            size="xs"
            loading={more.isFetching}
            onClick={() => {
              if (!wantMore) setWantMore(true);
              else void more.fetchNextPage();
            }}
          >
            {t('ui.cases.board.loadMore')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
