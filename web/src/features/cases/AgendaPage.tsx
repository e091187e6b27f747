import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TAgenda, TAgendaItem } from '../../../../shared/schemas/cases.ts';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { Count } from '../../components/Stats.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useCurrentProgram } from '../programs/ProgramContext.tsx';
import { isMissing } from '../registration/labels.ts';
import { useCaseAgenda } from './api.ts';
import { caseLink } from './CaseCard.tsx';
import './cases.css';

/** Whole days from one `YYYY-MM-DD` to another (positive when `to` is later). */
function daysBetween(from: string, to: string): number {
  const utc = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

type Kind = 'overdue' | 'dueSoon' | 'stalled';

/** Rows a section shows before "show more": a supervisor's lists can hold 100 cases each. */
const PREVIEW = 10;

/** One case in a section: the business links to its page, then who, what and when. */
function AgendaRow(props: {
  item: TAgendaItem;
  kind: Kind;
  today: string;
  programId: string;
  showFacilitator: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { item, kind, today } = props;
  let when: ReactNode = null;
  if (kind === 'stalled') {
    when = (
      <Text size="sm" fw={600}>
        {t('ui.cases.agenda.daysWithoutContact', { count: item.daysSinceContact })}
      </Text>
    );
  } else if (item.nextStepDueOn) {
    const days = daysBetween(today, item.nextStepDueOn);
    const relative =
      days < 0
        ? t('ui.cases.agenda.daysAgo', { count: -days })
        : days === 0
          ? t('ui.cases.agenda.dueToday')
          : days === 1
            ? t('ui.cases.agenda.dueTomorrow')
            : t('ui.cases.agenda.dueIn', { count: days });
    when = (
      <Text size="sm" fw={500} c={kind === 'overdue' ? 'red.9' : undefined}>
        {f.day(item.nextStepDueOn)} ·{' '}
        <Text span inherit style={{ whiteSpace: 'nowrap' }}>
          {relative}
        </Text>
      </Text>
    );
  }
  return (
    <Paper component="li" withBorder radius="md" p="sm" className="agenda-row">
      <Stack gap={2}>
        <Anchor component={Link} to={caseLink(props.programId, item.id)} fw={600} size="sm">
          {item.businessName}
        </Anchor>
        <Text size="xs" c="dimmed">
          {item.ownerName}
        </Text>
        {kind !== 'stalled' && (
          <Text size="sm" c={item.nextStep ? undefined : 'dimmed'}>
            {item.nextStep ?? t('ui.cases.agenda.noNextStep')}
          </Text>
        )}
        {when}
        {props.showFacilitator && (
          <Text size="xs" c="dimmed">
            {t('ui.cases.agenda.facilitator', {
              name: item.facilitatorName ?? t('ui.cases.agenda.noFacilitator'),
            })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function AgendaSection(props: {
  kind: Kind;
  title: string;
  help: string;
  empty: string;
  total: number;
  items: TAgendaItem[];
  today: string;
  programId: string;
  showFacilitator: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = `agenda-${props.kind}-title`;
  const [all, setAll] = useState(false);
  const shown = all ? props.items : props.items.slice(0, PREVIEW);
  const hidden = props.items.length - shown.length;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb={4}>
        {props.title}{' '}
        <Badge
          component="span"
          variant="filled"
          color={props.kind === 'overdue' && props.total > 0 ? 'red.9' : 'indigo.9'}
          radius="sm"
          className="num"
          style={{ verticalAlign: 'middle' }}
        >
          {f.number(props.total)}
        </Badge>
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {props.help}
      </Text>
      {props.items.length === 0 ? (
        <EmptyState title={props.empty} />
      ) : (
        <Stack component="ul" gap="xs" className="agenda-list">
          {shown.map((item) => (
            <AgendaRow
              key={item.id}
              item={item}
              kind={props.kind}
              today={props.today}
              programId={props.programId}
              showFacilitator={props.showFacilitator}
            />
          ))}
        </Stack>
      )}
      {hidden > 0 && (
        <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => setAll(true)}>
          {t('ui.cases.agenda.showMore', { count: hidden })}
        </Button>
      )}
      {all && props.total > props.items.length && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('ui.cases.agenda.shown', {
            shown: f.number(props.items.length),
            total: f.number(props.total),
          })}
        </Text>
      )}
    </Paper>
  );
}

function LoadTable({ facilitators }: { facilitators: TAgenda['facilitators'] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="agenda-load-title">
      <Title order={2} size="h4" id="agenda-load-title" mb={4}>
        {t('ui.cases.agenda.load')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('ui.cases.agenda.loadHelp')}
      </Text>
      {facilitators.length === 0 ? (
        <EmptyState title={t('ui.cases.agenda.noLoad')} />
      ) : (
        <ScrollTable minWidth={560} maxHeight={520} labelledBy="agenda-load-title">
          <Table striped verticalSpacing={6} fz="sm" stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('ui.cases.agenda.name')}</Table.Th>
                <Table.Th scope="col" className="num-head">
                  {t('ui.cases.agenda.active')}
                </Table.Th>
                <Table.Th scope="col" className="num-head">
                  {t('ui.cases.agenda.stalledCount')}
                </Table.Th>
                <Table.Th scope="col" className="num-head">
                  {t('ui.cases.agenda.overdueCount')}
                </Table.Th>
                <Table.Th scope="col" className="num-head">
                  {t('ui.cases.agenda.withdrawn30')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {facilitators.map((row) => (
                <Table.Tr key={row.userId ?? 'none'}>
                  <Table.Th scope="row" fw={500} miw={160}>
                    {row.name ?? t('ui.cases.agenda.noFacilitator')}
                  </Table.Th>
                  <Table.Td className="num">
                    <Count n={row.active} />
                  </Table.Td>
                  <Table.Td className="num">
                    <Count n={row.stalled} />
                  </Table.Td>
                  <Table.Td className="num" c={row.overdue > 0 ? 'red.9' : undefined}>
                    <Count n={row.overdue} />
                  </Table.Td>
                  <Table.Td className="num">
                    <Count n={row.withdrawnLast30Days} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}

function AgendaBody({ agenda, programId }: { agenda: TAgenda; programId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { role } = useCurrentProgram();
  const isFacilitator = role === 'facilitator';
  const common = { today: agenda.today, programId, showFacilitator: !isFacilitator };
  return (
    <Stack gap="md">
      <Text c="dimmed">{t('ui.cases.agenda.intro', { date: f.day(agenda.today) })}</Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" verticalSpacing="md">
        <AgendaSection
          kind="overdue"
          title={t('ui.cases.agenda.overdue')}
          help={t('ui.cases.agenda.overdueHelp')}
          empty={t('ui.cases.agenda.noOverdue')}
          total={agenda.totals.overdue}
          items={agenda.overdue}
          {...common}
        />
        <AgendaSection
          kind="dueSoon"
          title={t('ui.cases.agenda.dueSoon')}
          help={t('ui.cases.agenda.dueSoonHelp')}
          empty={t('ui.cases.agenda.noDueSoon')}
          total={agenda.totals.dueSoon}
          items={agenda.dueSoon}
          {...common}
        />
        <AgendaSection
          kind="stalled"
          title={t('ui.cases.agenda.stalled')}
          help={t('ui.cases.agenda.stalledHelp', { count: agenda.stalledAfterDays })}
          empty={t('ui.cases.agenda.noStalled')}
          total={agenda.totals.stalled}
          items={agenda.stalled}
          {...common}
        />
      </SimpleGrid>
      {(agenda.facilitators.length > 1 || !isFacilitator) && (
        <LoadTable facilitators={agenda.facilitators} />
      )}
    </Stack>
  );
}

/** What needs attention: overdue and upcoming next steps, cases without contact, each facilitator's load. */
export default function CaseAgendaPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const agenda = useCaseAgenda(programId);
  useDocumentTitle(`${t('ui.cases.agenda.title')} · ${t('ui.app.name')}`);
  if (isMissing(agenda.error)) return <NotFoundPage />;
  return (
    <Stack gap="md">
      <Breadcrumbs separator="›">
        <Anchor component={Link} to={`/p/${encodeURIComponent(programId)}/cases`} size="sm">
          {t('ui.cases.title')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('ui.cases.agenda.title')}
        </Text>
      </Breadcrumbs>
      <Title order={1} fz={{ base: 24, sm: 30 }}>
        {t('ui.cases.agenda.title')}
      </Title>
      {agenda.isPending ? (
        <LoadingState />
      ) : agenda.isError ? (
        <ErrorState error={agenda.error} onRetry={() => void agenda.refetch()} />
      ) : (
        <AgendaBody agenda={agenda.data} programId={programId} />
      )}
    </Stack>
  );
}
