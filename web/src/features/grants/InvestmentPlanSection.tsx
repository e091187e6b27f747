import {
  ActionIcon,
  Button,
  Grid,
  Group,
  NativeSelect,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconEdit,
  IconPlus,
  IconSignature,
  IconTrash,
  IconUserCheck,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/domain/money/money.ts';
import type { Currency } from '../../../../shared/domain/money/money.ts';
import { ACCEPTANCE_VIA } from '../../../../shared/schemas/grants.ts';
import type {
  GrantCategory,
  TCaseGrant,
  TInvestmentPlan,
} from '../../../../shared/schemas/grants.ts';
import { formErrors, generalErrors, isApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Notice } from '../../components/Notice.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { EmptyState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useCurrentUser } from '../auth/api.ts';
import { isDay, today } from '../cases/EncounterForm.tsx';
import { Section } from '../registration/ApplicantPage.tsx';
import { useAcceptPlan, useApprovePlan, useSaveInvestmentPlan } from './api.ts';
import type { AcceptanceVia } from './api.ts';
import {
  PLAN_STATUS_COLORS,
  minorOf,
  useGrantLabels,
  useMoneyProblem,
  type GrantPermissions,
} from './labels.ts';
import { MoneyInput } from './MoneyInput.tsx';

const K = 'ui.grants.plan';
const ITEM_FIELDS = ['category', 'description', 'quantity', 'unitCostMinor', 'supplier'] as const;

interface ItemRow {
  /** React key; the item id for saved ones. */
  key: string;
  id?: string;
  category: GrantCategory;
  description: string;
  quantity: string;
  /** The unit cost as typed (read with parseMoney). */
  unitCostMinor: string;
  supplier: string;
}

interface Values {
  items: ItemRow[];
}

let nextKey = 0;
const newKey = () => `new-${++nextKey}`;

function rowsOf(plan: TInvestmentPlan | null, categories: GrantCategory[]): ItemRow[] {
  if (!plan || plan.items.length === 0)
    return [
      {
        key: newKey(),
        category: categories[0] ?? 'working_capital',
        description: '',
        quantity: '1',
        unitCostMinor: '',
        supplier: '',
      },
    ];
  return plan.items.map((i) => ({
    key: i.id,
    id: i.id,
    category: i.category,
    description: i.description,
    quantity: String(i.quantity),
    unitCostMinor: formatMoney(i.unitCostMinor, plan.currency),
    supplier: i.supplier,
  }));
}

const wholeQuantity = (q: string) => (/^\d{1,5}$/.test(q.trim()) ? Number(q.trim()) : null);

function lineTotal(row: ItemRow, currency: Currency): number {
  const q = wholeQuantity(row.quantity);
  return q === null ? 0 : q * minorOf(row.unitCostMinor, currency);
}

/** The plan's total against the cap: a bar, the figures, and a warning in words when over. */
function TotalAgainstCap({
  totalMinor,
  capMinor,
  currency,
  serverError,
}: {
  totalMinor: number;
  capMinor: number;
  currency: Currency;
  serverError?: string | null;
}) {
  const { t } = useTranslation();
  const over = totalMinor > capMinor;
  const money = (m: number) => formatMoney(m, currency);
  return (
    <Stack gap={6} aria-live="polite">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={700}>{t(`${K}.total`, { total: money(totalMinor) })}</Text>
        <Text size="sm" c="dimmed">
          {t(`${K}.cap`, { cap: money(capMinor) })}
        </Text>
      </Group>
      <Progress
        value={capMinor > 0 ? Math.min(100, (totalMinor / capMinor) * 100) : 0}
        color={over ? 'red.8' : 'teal.8'}
        size="md"
        aria-hidden="true"
      />
      {over ? (
        <Group gap={6} wrap="nowrap" align="flex-start" role="alert">
          <IconAlertTriangle
            size={18}
            color="var(--mantine-color-red-9)"
            aria-hidden="true"
            style={{ flex: 'none' }}
          />
          <Text size="sm" fw={700} c="red.9">
            {t(`${K}.overCap`, { over: money(totalMinor - capMinor), cap: money(capMinor) })}
          </Text>
        </Group>
      ) : serverError ? (
        <Text size="sm" fw={700} c="red.9" role="alert">
          {serverError}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t(`${K}.available`, { amount: money(capMinor - totalMinor) })}
        </Text>
      )}
    </Stack>
  );
}

/** The items being built or changed with the owner, saved all at once. */
function PlanEditor({
  programId,
  caseId,
  grant,
  onDone,
}: {
  programId: string;
  caseId: string;
  grant: TCaseGrant;
  onDone: (() => void) | null;
}) {
  const { t } = useTranslation();
  const labels = useGrantLabels();
  const moneyProblem = useMoneyProblem();
  const save = useSaveInvestmentPlan(programId, caseId);
  const { settings, plan } = grant;
  const currency = plan?.currency ?? settings.currency;
  const form = useForm<Values>({
    initialValues: { items: rowsOf(plan, settings.categories) },
    validate: {
      items: {
        description: (v) =>
          v.trim().length >= 3 ? null : t('validation.too_small_string', { minimum: 3 }),
        quantity: (v) => {
          const q = wholeQuantity(v);
          return q !== null && q >= 1 && q <= 10_000 ? null : t(`${K}.quantityProblem`);
        },
        unitCostMinor: (v) => moneyProblem(v, currency),
      },
    },
  });
  const rows = form.values.items;
  const total = rows.reduce((n, r) => n + lineTotal(r, currency), 0);
  const over = total > settings.capMinor;
  const paths = [
    'items',
    ...rows.flatMap((_, i) => ITEM_FIELDS.map((f) => `items.${i}.${f}`)),
  ] as const;
  const conflict = isApiError(save.error) && save.error.code === 'conflict';
  const general = !save.error || conflict ? [] : generalErrors(save.error, paths);

  const submit = form.onSubmit((values) => {
    if (over) return;
    save.mutate(
      {
        items: values.items.map((r) => ({
          ...(r.id ? { id: r.id } : {}),
          category: r.category,
          description: r.description.trim(),
          quantity: wholeQuantity(r.quantity) ?? 0,
          unitCostMinor: minorOf(r.unitCostMinor, currency),
          supplier: r.supplier.trim(),
        })),
        ...(plan ? { version: plan.version } : {}),
      },
      {
        onSuccess: () => {
          notifySuccess(t(`${K}.saved`), t(`${K}.savedBody`));
          onDone?.();
        },
        onError: (error) => form.setErrors(formErrors(error, paths)),
      },
    );
  });

  // The categories the program allows, and one an item already has (it will be refused).
  const categoryData = (current: GrantCategory) =>
    [...new Set([...settings.categories, current])].map((c) => ({
      value: c,
      label: settings.categories.includes(c)
        ? labels.category(c)
        : t(`${K}.categoryNotAllowed`, { category: labels.category(c) }),
    }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {plan ? t(`${K}.editTitle`) : t(`${K}.newTitle`)}
        </Title>
        <Text size="sm" c="dimmed">
          {t(`${K}.editorHelp`, {
            categories: settings.categories.map(labels.category).join(', '),
          })}
        </Text>
        {plan?.status === 'accepted' && (
          <Notice color="yellow">{t(`${K}.editClearsAcceptance`)}</Notice>
        )}
        {conflict && (
          <Notice color="yellow" role="alert">
            {t(`${K}.conflict`)}
          </Notice>
        )}
        {rows.map((row, i) => {
          const n = i + 1;
          return (
            <Paper
              key={row.key}
              withBorder
              radius="md"
              p="sm"
              component="fieldset"
              m={0}
              aria-label={t(`${K}.itemN`, { n })}
            >
              <Group justify="space-between" gap="xs" mb={6} wrap="nowrap">
                <Text fw={600} size="sm" aria-hidden="true">
                  {t(`${K}.itemN`, { n })}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  size="lg"
                  disabled={rows.length === 1}
                  aria-label={t(`${K}.removeItem`, { n })}
                  onClick={() => form.removeListItem('items', i)}
                >
                  <IconTrash size={18} aria-hidden="true" />
                </ActionIcon>
              </Group>
              <Grid gutter="xs">
                <Grid.Col span={{ base: 12, md: 4 }}>
                  <NativeSelect
                    label={t(`${K}.category`)}
                    data={categoryData(row.category)}
                    required
                    {...form.getInputProps(`items.${i}.category`)}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 8 }}>
                  <TextInput
                    label={t(`${K}.description`)}
                    required
                    maxLength={300}
                    {...form.getInputProps(`items.${i}.description`)}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 4, md: 2 }}>
                  <TextInput
                    label={t(`${K}.quantity`)}
                    inputMode="numeric"
                    required
                    {...form.getInputProps(`items.${i}.quantity`)}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 8, md: 4 }}>
                  <MoneyInput
                    label={t(`${K}.unitCost`)}
                    currency={currency}
                    required
                    {...form.getInputProps(`items.${i}.unitCostMinor`)}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 6 }}>
                  <TextInput
                    label={t(`${K}.supplier`)}
                    maxLength={200}
                    {...form.getInputProps(`items.${i}.supplier`)}
                  />
                </Grid.Col>
              </Grid>
              <Text size="sm" mt={6} ta="right" className="num">
                {t(`${K}.lineTotal`, { total: formatMoney(lineTotal(row, currency), currency) })}
              </Text>
            </Paper>
          );
        })}
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlus size={18} aria-hidden="true" />}
            disabled={rows.length >= 40}
            onClick={() =>
              form.insertListItem('items', {
                key: newKey(),
                category: settings.categories[0] ?? 'working_capital',
                description: '',
                quantity: '1',
                unitCostMinor: '',
                supplier: '',
              } satisfies ItemRow)
            }
          >
            {t(`${K}.addItem`)}
          </Button>
        </Group>
        <Paper withBorder radius="md" p="sm" bg="gray.0">
          <TotalAgainstCap
            totalMinor={total}
            capMinor={settings.capMinor}
            currency={currency}
            serverError={typeof form.errors.items === 'string' ? form.errors.items : null}
          />
        </Paper>
        {general.length > 0 && (
          <Notice color="red" role="alert" title={t(`${K}.saveFailed`)}>
            {general.map((m) => (
              <div key={m}>{m}</div>
            ))}
          </Notice>
        )}
        <Group justify="flex-end" gap="sm">
          {onDone && (
            <Button variant="default" onClick={onDone} disabled={save.isPending}>
              {t('ui.common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={save.isPending} disabled={over}>
            {t(`${K}.save`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The saved items: cards on a phone, a table on wider screens. */
function PlanItems({ plan }: { plan: TInvestmentPlan }) {
  const { t } = useTranslation();
  const labels = useGrantLabels();
  const money = (m: number) => formatMoney(m, plan.currency);
  return (
    <>
      <Stack gap="xs" hiddenFrom="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {plan.items.map((item) => (
          <Paper component="li" key={item.id} withBorder radius="md" p="sm">
            <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {item.description}
            </Text>
            <Text size="xs" c="dimmed">
              {[labels.category(item.category), item.supplier].filter(Boolean).join(' · ')}
            </Text>
            <Group justify="space-between" mt={4} gap="xs">
              <Text size="sm">
                {t(`${K}.quantityTimes`, {
                  quantity: item.quantity,
                  unit: money(item.unitCostMinor),
                })}
              </Text>
              <Text size="sm" fw={700}>
                {money(item.totalMinor)}
              </Text>
            </Group>
          </Paper>
        ))}
      </Stack>
      <ScrollTable minWidth={640} label={t(`${K}.itemsTable`)} visibleFrom="md">
        <Table striped withColumnBorders verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`${K}.description`)}</Table.Th>
              <Table.Th scope="col">{t(`${K}.category`)}</Table.Th>
              <Table.Th scope="col">{t(`${K}.supplier`)}</Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.quantity`)}
              </Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.unitCost`)}
              </Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.itemTotal`)}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Th scope="row" fw={500}>
                  {item.description}
                </Table.Th>
                <Table.Td>{labels.category(item.category)}</Table.Td>
                <Table.Td>{item.supplier || '—'}</Table.Td>
                <Table.Td className="num">{item.quantity}</Table.Td>
                <Table.Td className="num">{money(item.unitCostMinor)}</Table.Td>
                <Table.Td className="num" fw={600}>
                  {money(item.totalMinor)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </>
  );
}

/** The owner's acceptance: the day and how it was given. */
function AcceptForm({
  programId,
  caseId,
  plan,
}: {
  programId: string;
  caseId: string;
  plan: TInvestmentPlan;
}) {
  const { t } = useTranslation();
  const labels = useGrantLabels();
  const accept = useAcceptPlan(programId, caseId);
  const form = useForm({
    initialValues: { acceptedOn: today(), via: 'signature' as AcceptanceVia },
    validate: {
      acceptedOn: (v) =>
        !isDay(v)
          ? t('validation.invalid_date')
          : v > today()
            ? t('validation.date_in_future')
            : null,
    },
  });
  const paths = ['acceptedOn', 'via'] as const;
  const general = accept.error ? generalErrors(accept.error, paths) : [];
  const submit = form.onSubmit((values) =>
    accept.mutate(
      { ...values, version: plan.version },
      {
        onSuccess: () => notifySuccess(t(`${K}.acceptedTitle`), t(`${K}.acceptedBody`)),
        onError: (error) => form.setErrors(formErrors(error, paths)),
      },
    ),
  );
  return (
    <Paper withBorder radius="md" p="sm" component="form" onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t(`${K}.acceptTitle`)}
        </Title>
        <Text size="sm" c="dimmed">
          {t(`${K}.acceptHelp`)}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs">
          <TextInput
            type="date"
            label={t(`${K}.acceptedOn`)}
            max={today()}
            required
            {...form.getInputProps('acceptedOn')}
          />
          <NativeSelect
            label={t(`${K}.via`)}
            data={ACCEPTANCE_VIA.map((v) => ({ value: v, label: labels.via(v) }))}
            required
            {...form.getInputProps('via')}
          />
        </SimpleGrid>
        {general.length > 0 && (
          <Notice color="red" role="alert" title={t(`${K}.acceptFailed`)}>
            {general.join(' ')}
          </Notice>
        )}
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={accept.isPending}
            leftSection={<IconSignature size={18} aria-hidden="true" />}
          >
            {t(`${K}.accept`)}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Approval by the program team: never by the person who built the plan. */
function Approval({
  programId,
  caseId,
  plan,
  can,
}: {
  programId: string;
  caseId: string;
  plan: TInvestmentPlan;
  can: GrantPermissions;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const approve = useApprovePlan(programId, caseId);
  const [confirming, setConfirming] = useState(false);
  const author = plan.builtById !== null && plan.builtById === me.id;
  if (!can.approve)
    return (
      <Text size="sm" c="dimmed">
        {t(`${K}.awaitingApproval`)}
      </Text>
    );
  if (author)
    return (
      <Notice color="indigo" icon={<IconUserCheck aria-hidden="true" />}>
        {t(`${K}.authorCannotApprove`)}
      </Notice>
    );
  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm">{t(`${K}.approveHelp`)}</Text>
      {approve.error && (
        <Notice color="red" role="alert" title={t(`${K}.approveFailed`)} w="100%">
          {generalErrors(approve.error, []).join(' ')}
        </Notice>
      )}
      <Button
        leftSection={<IconCircleCheck size={18} aria-hidden="true" />}
        onClick={() => setConfirming(true)}
      >
        {t(`${K}.approve`)}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t(`${K}.approveConfirmTitle`)}
        message={t(`${K}.approveConfirm`, {
          total: formatMoney(plan.totalMinor, plan.currency),
        })}
        confirmLabel={t(`${K}.approve`)}
        loading={approve.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          approve.mutate(
            { version: plan.version },
            {
              onSuccess: () => notifySuccess(t(`${K}.approvedTitle`), t(`${K}.approvedBody`)),
              onSettled: () => setConfirming(false),
            },
          )
        }
      />
    </Stack>
  );
}

/**
 * The investment plan co-built with the owner: its items within the allowed categories and the
 * cap, the owner's acceptance, and the approval by someone other than its author.
 */
export function InvestmentPlanSection({
  programId,
  caseId,
  grant,
  can,
}: {
  programId: string;
  caseId: string;
  grant: TCaseGrant;
  can: GrantPermissions;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useGrantLabels();
  const [editing, setEditing] = useState(false);
  const plan = grant.plan;
  const editable = can.work && !grant.locked && plan?.status !== 'approved';

  return (
    <Section id="grant-plan-title" title={t(`${K}.title`)}>
      <Stack gap="sm">
        {plan && (
          <Group gap="xs" wrap="wrap">
            <StatusBadge color={PLAN_STATUS_COLORS[plan.status] ?? 'gray'}>
              {labels.planStatus(plan.status)}
            </StatusBadge>
            {plan.builtByName && (
              <Text size="sm" c="dimmed">
                {t(`${K}.builtBy`, { name: plan.builtByName })}
              </Text>
            )}
          </Group>
        )}
        {!plan && !editable ? (
          <EmptyState title={t(`${K}.none`)} description={t(`${K}.noneHelp`)} />
        ) : (!plan || editing) && editable ? (
          <PlanEditor
            programId={programId}
            caseId={caseId}
            grant={grant}
            onDone={plan ? () => setEditing(false) : null}
          />
        ) : plan ? (
          <>
            <PlanItems plan={plan} />
            <TotalAgainstCap
              totalMinor={plan.totalMinor}
              capMinor={grant.settings.capMinor}
              currency={plan.currency}
            />
            {editable && (
              <Group>
                <Button
                  variant="default"
                  leftSection={<IconEdit size={18} aria-hidden="true" />}
                  onClick={() => setEditing(true)}
                >
                  {t(`${K}.edit`)}
                </Button>
              </Group>
            )}
            {plan.acceptedOn && plan.acceptedVia && (
              <Text size="sm">
                {t(`${K}.acceptedOnVia`, {
                  date: f.day(plan.acceptedOn),
                  via: labels.via(plan.acceptedVia).toLowerCase(),
                })}
              </Text>
            )}
            {plan.status === 'approved' && plan.approvedAt && (
              <Text size="sm">
                {t(`${K}.approvedOn`, {
                  date: f.dateTime(plan.approvedAt),
                  name: plan.approvedByName ?? '—',
                })}
              </Text>
            )}
            {plan.status === 'draft' && can.work && !grant.locked && (
              <AcceptForm programId={programId} caseId={caseId} plan={plan} />
            )}
            {plan.status === 'accepted' && !grant.locked && (
              <Approval programId={programId} caseId={caseId} plan={plan} can={can} />
            )}
          </>
        ) : null}
      </Stack>
    </Section>
  );
}
