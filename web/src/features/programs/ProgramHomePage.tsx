import {
  Alert,
  Badge,
  Box,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type {
  TCityCounts,
  TLocalityCounts,
  TProgramHome,
} from '../../../../shared/schemas/programs.ts';
import { isApiError } from '../../api/client.ts';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { RatioBar, shareOf, StatCard } from '../../components/Stats.tsx';
import { useFormat } from '../../i18n/format.ts';
import type { Formatters } from '../../i18n/format.ts';
import { useCurrentUser } from '../auth/api.ts';
import { useCurrentProgram } from './ProgramContext.tsx';
import { useProgram, useProgramHome } from './api.ts';
import { useRoleLabel } from './labels.ts';

/** One row of the table: a city or a locality. */
interface AreaRow extends Omit<TCityCounts, 'municipalityCode'> {
  key: string;
}

const cityRow = (c: TCityCounts): AreaRow => ({ ...c, key: c.municipalityCode });
const localityRow = ({
  localityCode,
  municipalityCode: _m,
  ...rest
}: TLocalityCounts): AreaRow => ({ ...rest, key: localityCode });

function Totals({ home, f }: { home: TProgramHome; f: Formatters }) {
  const { t } = useTranslation();
  const { totals } = home;
  const ratio = shareOf(totals.registered, totals.goal);
  return (
    <SimpleGrid
      cols={{ base: 2, sm: totals.goal === null ? 4 : 3, lg: totals.goal === null ? 4 : 6 }}
      spacing="sm"
    >
      <StatCard label={t('ui.home.stats.registered')} value={f.number(totals.registered)} />
      <StatCard label={t('ui.home.stats.active')} value={f.number(totals.active)} />
      <StatCard label={t('ui.home.stats.withdrawn')} value={f.number(totals.withdrawn)} />
      <StatCard label={t('ui.home.stats.completed')} value={f.number(totals.completed)} />
      {totals.goal !== null && (
        <StatCard label={t('ui.home.stats.goal')} value={f.number(totals.goal)} />
      )}
      {totals.goal !== null && (
        <StatCard
          label={t('ui.home.stats.percentOfGoal')}
          value={ratio === null ? '—' : f.percent(ratio)}
          hint={ratio === null ? t('ui.home.noGoal') : undefined}
        />
      )}
    </SimpleGrid>
  );
}

interface AreaProps {
  rows: AreaRow[];
  f: Formatters;
  /** Header of the first column: city or locality. */
  areaLabel: string;
  labelledBy: string;
}

function AreaTable({ rows, f, areaLabel, labelledBy }: AreaProps) {
  const { t } = useTranslation();
  const goals = rows.some((r) => r.goal !== null);
  return (
    <Table.ScrollContainer minWidth={goals ? 720 : 520} visibleFrom="md">
      <Table striped highlightOnHover verticalSpacing="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{areaLabel}</Table.Th>
            {goals && (
              <Table.Th scope="col" className="num">
                {t('ui.home.table.goal')}
              </Table.Th>
            )}
            <Table.Th scope="col" className="num">
              {t('ui.home.table.registered')}
            </Table.Th>
            {goals && (
              <Table.Th scope="col" className="num" miw={180}>
                {t('ui.home.table.percentOfGoal')}
              </Table.Th>
            )}
            <Table.Th scope="col" className="num">
              {t('ui.home.table.active')}
            </Table.Th>
            <Table.Th scope="col" className="num">
              {t('ui.home.table.withdrawn')}
            </Table.Th>
            <Table.Th scope="col" className="num">
              {t('ui.home.table.completed')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.key}>
              <Table.Th scope="row" fw={500}>
                {c.name}
              </Table.Th>
              {goals && (
                <Table.Td className="num">{c.goal === null ? '—' : f.number(c.goal)}</Table.Td>
              )}
              <Table.Td className="num">{f.number(c.registered)}</Table.Td>
              {goals && (
                <Table.Td>
                  <RatioBar ratio={shareOf(c.registered, c.goal)} />
                </Table.Td>
              )}
              <Table.Td className="num">{f.number(c.active)}</Table.Td>
              <Table.Td className="num">{f.number(c.withdrawn)}</Table.Td>
              <Table.Td className="num">{f.number(c.completed)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** On phones and tablets the table becomes one card per city or locality. */
function AreaCards({ rows, f }: AreaProps) {
  const { t } = useTranslation();
  const goals = rows.some((r) => r.goal !== null);
  return (
    <SimpleGrid
      cols={{ base: 1, xs: 2 }}
      spacing="sm"
      hiddenFrom="md"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {rows.map((c) => {
        const ratio = shareOf(c.registered, c.goal);
        const figures: [string, string][] = [
          ...(goals
            ? [
                [t('ui.home.table.goal'), c.goal === null ? '—' : f.number(c.goal)] as [
                  string,
                  string,
                ],
              ]
            : []),
          [t('ui.home.table.registered'), f.number(c.registered)],
          [t('ui.home.table.active'), f.number(c.active)],
          [t('ui.home.table.withdrawn'), f.number(c.withdrawn)],
          [t('ui.home.table.completed'), f.number(c.completed)],
        ];
        return (
          <Paper component="li" key={c.key} withBorder radius="md" p="md">
            <Title order={3} size="h4" mb="xs">
              {c.name}
            </Title>
            {goals && (
              <>
                <Text size="sm" c="dimmed" mb={4}>
                  {t('ui.home.table.percentOfGoal')}
                </Text>
                <RatioBar ratio={ratio} />
              </>
            )}
            <Stack component="dl" gap={4} mt="sm" mb={0}>
              {figures.map(([label, value]) => (
                <Group key={label} justify="space-between" gap="xs" wrap="nowrap">
                  <Text component="dt" size="sm" c="dimmed">
                    {label}
                  </Text>
                  <Text component="dd" size="sm" fw={600} className="num" m={0}>
                    {value}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

/** "You see the whole program" / "You see Bucaramanga and Cúcuta" / "You see your assigned cases". */
function useScopeSentence(home: TProgramHome | undefined): string {
  const { t } = useTranslation();
  const f = useFormat();
  const { membership, role, programId } = useCurrentProgram();
  const territory = membership?.scope.type === 'territory';
  const program = useProgram(programId, territory);
  if (!membership) return t('ui.scope.program');
  switch (membership.scope.type) {
    case 'program':
      return t('ui.scope.program');
    case 'own':
      if (role === 'owner') return t('ui.scope.ownBusiness');
      if (role === 'mentor') return t('ui.scope.ownMentees');
      return t('ui.scope.own');
    case 'territory': {
      const names = new Map<string, string>();
      for (const c of program.data?.cities ?? []) names.set(c.municipalityCode, c.name);
      for (const c of home?.cities ?? []) names.set(c.municipalityCode, c.name);
      for (const l of program.data?.localities ?? []) names.set(l.localityCode, l.name);
      const places = [...membership.scope.cities, ...membership.scope.localities].map(
        (code) => names.get(code) ?? code,
      );
      return places.length
        ? t('ui.scope.territory', { places: f.list(places) })
        : t('ui.scope.territoryNone');
    }
  }
}

export function ProgramHomePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { programId = '' } = useParams();
  const me = useCurrentUser();
  const { role } = useCurrentProgram();
  const roleLabel = useRoleLabel();
  const home = useProgramHome(programId);
  const scopeSentence = useScopeSentence(home.data);
  useDocumentTitle(`${home.data?.program.name ?? t('ui.nav.home')} · ${t('ui.app.name')}`);

  if (home.isPending) return <LoadingState />;
  if (isApiError(home.error) && home.error.status === 404) return <NotFoundPage />;
  if (home.isError) return <ErrorState error={home.error} onRetry={() => void home.refetch()} />;

  const { program, cities, localities } = home.data;
  const cityRows = cities.map(cityRow);
  const localityRows = localities.map(localityRow);
  const roleText = roleLabel(role, me.isAdmin);

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group gap="sm" align="center">
          <Title order={1} fz={{ base: 24, sm: 30 }}>
            {program.name}
          </Title>
          <Badge variant="outline" color="gray.7" radius="sm">
            {program.code}
          </Badge>
        </Group>
        <Text c="dimmed">
          {t('ui.home.cycle', { start: f.day(program.cycleStart), end: f.day(program.cycleEnd) })}
        </Text>
        <Text>
          {roleText
            ? t('ui.home.roleAndScope', { role: roleText, scope: scopeSentence })
            : scopeSentence}
        </Text>
      </Stack>

      <Box component="section" aria-labelledby="totals-title">
        <Title order={2} size="h3" id="totals-title" mb="sm">
          {t('ui.home.totalsTitle')}
        </Title>
        <Totals home={home.data} f={f} />
      </Box>

      <Box component="section" aria-labelledby="by-city-title">
        <Title order={2} size="h3" id="by-city-title" mb="sm">
          {t('ui.home.byCityTitle')}
        </Title>
        {cities.length === 0 ? (
          <EmptyState title={t('ui.home.noCities')} description={t('ui.home.noCitiesHelp')} />
        ) : (
          <Stack gap="sm">
            {home.data.totals.registered === 0 && (
              <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden="true" />}>
                {t('ui.home.noRegistrations')}
              </Alert>
            )}
            <AreaTable
              rows={cityRows}
              f={f}
              areaLabel={t('ui.home.table.city')}
              labelledBy="by-city-title"
            />
            <AreaCards
              rows={cityRows}
              f={f}
              areaLabel={t('ui.home.table.city')}
              labelledBy="by-city-title"
            />
          </Stack>
        )}
      </Box>

      {localityRows.length > 0 && (
        <Box component="section" aria-labelledby="by-locality-title">
          <Title order={2} size="h3" id="by-locality-title" mb="sm">
            {t('ui.home.byLocalityTitle')}
          </Title>
          <AreaTable
            rows={localityRows}
            f={f}
            areaLabel={t('ui.home.table.locality')}
            labelledBy="by-locality-title"
          />
          <AreaCards
            rows={localityRows}
            f={f}
            areaLabel={t('ui.home.table.locality')}
            labelledBy="by-locality-title"
          />
        </Box>
      )}
    </Stack>
  );
}
