import { Box, Button, Collapse, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import {
  IconAdjustments,
  IconChevronDown,
  IconChevronUp,
  IconClipboardList,
  IconUserStar,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  Level,
  TAnswers,
  TDiagnosis,
  TQuestionnaireDefinition,
} from '../../../../shared/schemas/assessment.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { AdjustLevelModal } from './AdjustLevelModal.tsx';
import { planPage } from './api.ts';
import {
  LEVEL_COLORS,
  questionIndex,
  useAnswerText,
  useDefinitionText,
  useLeverName,
} from './labels.ts';
import { LevelChange } from './LevelBadge.tsx';

type Definition = Pick<TQuestionnaireDefinition, 'levers' | 'sections'>;
type LeverRow = TDiagnosis['levers'][number];

interface Props {
  programId: string;
  caseId: string;
  diagnosis: TDiagnosis;
  /** The questionnaire the diagnosis was made with (labels of the questions behind each lever). */
  definition: Definition;
  /** The frozen answers the diagnosis was made from. */
  answers: TAnswers;
  canAdjust: boolean;
  hasPlan: boolean;
  /** Just submitted: bring the diagnosis into view and put the focus on its title. */
  focusOnMount?: boolean;
}

/** Who changed a level, when, from what to what and why; the latest first. */
function Adjustments({ diagnosis, target }: { diagnosis: TDiagnosis; target: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const list = diagnosis.adjustments
    .filter((a) => a.target === target)
    .sort((a, b) => b.at.localeCompare(a.at));
  if (list.length === 0) return null;
  return (
    <Stack gap={4} component="ul" className="assessment-plain-list">
      {list.map((a) => (
        <Text component="li" size="sm" key={a.id}>
          {t('ui.assessment.diagnosis.adjustedBy', {
            from: t(`levels.${a.fromLevel}`),
            to: t(`levels.${a.toLevel}`),
            name: a.byName ?? t('ui.assessment.diagnosis.someone'),
            date: f.dateTime(a.at),
          })}{' '}
          <Text span size="sm" fs="italic">
            {t('ui.assessment.diagnosis.reason', { reason: a.reason })}
          </Text>
        </Text>
      ))}
    </Stack>
  );
}

function LeverResult(props: {
  lever: LeverRow;
  name: string;
  diagnosis: TDiagnosis;
  definition: Definition;
  answers: TAnswers;
  canAdjust: boolean;
  onAdjust: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useDefinitionText();
  const answerText = useAnswerText();
  const [open, setOpen] = useState(false);
  const { lever, name } = props;
  const index = questionIndex(props.definition);
  const headingId = `lever-${lever.lever}-title`;
  const panelId = `lever-${lever.lever}-why`;
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="article"
      aria-labelledby={headingId}
      className="lever-result"
    >
      <Stack gap={8}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="center">
          <Title order={3} size="h5" id={headingId}>
            {name}
          </Title>
          <LevelChange level={lever.level} originalLevel={lever.originalLevel} size="lg" />
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Progress
            value={lever.score}
            color={LEVEL_COLORS[lever.originalLevel].bar}
            size="lg"
            radius="sm"
            aria-hidden="true"
            style={{ flex: 1 }}
          />
          <Text size="sm" fw={600} className="num" miw={92}>
            {t('ui.assessment.diagnosis.score', { score: f.number(lever.score) })}
          </Text>
        </Group>
        <Adjustments diagnosis={props.diagnosis} target={lever.lever} />
        <Group gap="xs">
          <Button
            variant="subtle"
            size="sm"
            px={6}
            aria-expanded={open}
            aria-controls={panelId}
            aria-label={t('ui.assessment.diagnosis.whyFor', {
              action: open
                ? t('ui.assessment.diagnosis.hideWhy')
                : t('ui.assessment.diagnosis.why'),
              name,
            })}
            rightSection={
              open ? (
                <IconChevronUp size={16} aria-hidden="true" />
              ) : (
                <IconChevronDown size={16} aria-hidden="true" />
              )
            }
            onClick={() => setOpen((o) => !o)}
            mih={44}
          >
            {open ? t('ui.assessment.diagnosis.hideWhy') : t('ui.assessment.diagnosis.why')}
          </Button>
          {props.canAdjust && (
            <Button
              variant="default"
              size="sm"
              mih={44}
              leftSection={<IconAdjustments size={16} aria-hidden="true" />}
              aria-label={t('ui.assessment.diagnosis.adjustFor', { name })}
              onClick={props.onAdjust}
            >
              {t('ui.assessment.diagnosis.adjust')}
            </Button>
          )}
        </Group>
        <Collapse in={open} id={panelId}>
          {lever.explanation.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('ui.assessment.diagnosis.noQuestions')}
            </Text>
          ) : (
            <Stack component="ul" gap="xs" className="assessment-explanation">
              {lever.explanation.map((item) => {
                const q = index.get(item.questionId)?.q;
                return (
                  <Box component="li" key={item.questionId}>
                    <Text size="sm" fw={600}>
                      {q ? text(q.label) : item.questionId}
                    </Text>
                    {q && (
                      <Text size="sm">
                        {t('ui.assessment.diagnosis.answer', {
                          answer: answerText(q, props.answers[item.questionId]),
                        })}
                      </Text>
                    )}
                    <Text size="sm" c="dimmed" className="num" ta="left">
                      {t('ui.assessment.diagnosis.points', {
                        points: f.number(item.points),
                        max: f.number(item.maxPoints),
                      })}
                    </Text>
                  </Box>
                );
              })}
            </Stack>
          )}
        </Collapse>
      </Stack>
    </Paper>
  );
}

/**
 * The diagnosis: the overall level and score, whether the plan needs a mentor, and each lever's
 * level and score, weakest first (what the plan works on first), with the answers behind it and
 * any level a supervisor adjusted.
 */
export function DiagnosisView(props: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const leverName = useLeverName(props.definition);
  const { diagnosis: d } = props;
  const [adjusting, setAdjusting] = useState<{
    target: string;
    current: Level;
    original: Level;
  } | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const focusOnMount = props.focusOnMount;
  useEffect(() => {
    if (!focusOnMount) return;
    window.scrollTo({ top: 0 });
    titleRef.current?.focus();
  }, [focusOnMount]);
  const order = props.definition.levers.map((l) => l.id);
  const levers = [...d.levers].sort(
    (a, b) => a.score - b.score || order.indexOf(a.lever) - order.indexOf(b.lever),
  );

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="diagnosis-title">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" gap="md">
            <Stack gap={6}>
              <Title order={2} size="h3" id="diagnosis-title" ref={titleRef} tabIndex={-1}>
                {t('ui.assessment.diagnosis.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('ui.assessment.diagnosis.madeOn', {
                  date: f.dateTime(d.createdAt),
                  version: d.questionnaireVersion,
                })}
              </Text>
            </Stack>
            <Button
              component={Link}
              to={planPage(props.programId, props.caseId)}
              leftSection={<IconClipboardList size={18} aria-hidden="true" />}
              size="md"
            >
              {props.hasPlan
                ? t('ui.assessment.diagnosis.openPlan')
                : t('ui.assessment.diagnosis.goToPlan')}
            </Button>
          </Group>
          <Box className="overall-level">
            <Text size="sm" fw={600} c="dimmed">
              {t('levers.overall')}
            </Text>
            <Group gap="md" align="center" mt={4}>
              <LevelChange
                level={d.overall.level}
                originalLevel={d.overall.originalLevel}
                size="xl"
              />
              <Text fw={600} className="num">
                {t('ui.assessment.diagnosis.score', { score: f.number(d.overall.score) })}
              </Text>
              {d.needsMentor && (
                <StatusBadge
                  color="indigo"
                  leftSection={<IconUserStar size={14} aria-hidden="true" />}
                >
                  {t('ui.assessment.diagnosis.needsMentor')}
                </StatusBadge>
              )}
            </Group>
          </Box>
          <Adjustments diagnosis={d} target="overall" />
          {props.canAdjust && (
            <Group>
              <Button
                variant="default"
                mih={44}
                leftSection={<IconAdjustments size={16} aria-hidden="true" />}
                aria-label={t('ui.assessment.diagnosis.adjustFor', { name: t('levers.overall') })}
                onClick={() =>
                  setAdjusting({
                    target: 'overall',
                    current: d.overall.level,
                    original: d.overall.originalLevel,
                  })
                }
              >
                {t('ui.assessment.diagnosis.adjust')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>

      <Stack gap="sm" component="section" aria-labelledby="levers-title">
        <Box>
          <Title order={2} size="h3" id="levers-title">
            {t('ui.assessment.diagnosis.levers')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('ui.assessment.diagnosis.leversOrder')}
          </Text>
        </Box>
        {levers.map((l) => (
          <LeverResult
            key={l.lever}
            lever={l}
            name={leverName(l.lever)}
            diagnosis={d}
            definition={props.definition}
            answers={props.answers}
            canAdjust={props.canAdjust}
            onAdjust={() =>
              setAdjusting({ target: l.lever, current: l.level, original: l.originalLevel })
            }
          />
        ))}
      </Stack>

      {adjusting && (
        <AdjustLevelModal
          programId={props.programId}
          caseId={props.caseId}
          target={adjusting.target}
          targetName={leverName(adjusting.target)}
          current={adjusting.current}
          originalLevel={adjusting.original}
          onClose={() => setAdjusting(null)}
        />
      )}
    </Stack>
  );
}
