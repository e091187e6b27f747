import { Anchor, Button, Group } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { dueOn } from '../../../../shared/domain/assessment/plan.ts';
import { DEFAULT_LEVERS } from '../../../../shared/schemas/assessment.ts';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useCurrentUser } from '../auth/api.ts';
import { CASE_VIEWERS } from '../cases/permissions.ts';
import { usePrograms } from '../programs/api.ts';
import { isMissing, oneOf } from '../registration/labels.ts';
import { planPage, useCaseAssessment } from '../assessment/api.ts';
import type { LinkedService } from '../services/PlanServiceField.tsx';
import { usePlan } from './api.ts';
import { byWeek, usePlanLabels } from './labels.ts';
import './plan.css';

/** The service an activity uses, who offers it, and where to reach it, as printed words. */
function PrintedService({ service }: { service: LinkedService }) {
  const { t } = useTranslation();
  const reach = service.link ?? service.contact;
  return (
    <p style={{ fontSize: '0.85em', overflowWrap: 'anywhere' }}>
      {t('ui.plan.service.uses', { name: service.name, entity: service.entityName })}
      {service.status !== 'active' && ` (${t('ui.plan.service.toActivate')})`}
      {reach && ` · ${reach}`}
    </p>
  );
}

/**
 * The plan on one sheet for the owner: what to do each week and who does it, in plain words,
 * their priorities, and room to sign. Outside the app's frame, so the printout is only the plan.
 */
export default function PlanPrintPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { programId = '', caseId = '' } = useParams();
  const me = useCurrentUser();
  const programs = usePrograms();
  const program = programs.data?.find((p) => p.id === programId);
  const staff =
    me.isAdmin ||
    (program?.role ? (CASE_VIEWERS as readonly string[]).includes(program.role) : false);
  const plan = usePlan(programId, caseId);
  const assessment = useCaseAssessment(programId, caseId, staff);
  const labels = usePlanLabels(assessment.data?.questionnaire.definition);
  useDocumentTitle(
    [t('ui.plan.printPage.title'), plan.data?.businessName, t('ui.app.name')]
      .filter(Boolean)
      .join(' · '),
  );

  const plainLever = (id: string) =>
    oneOf(DEFAULT_LEVERS, id) ? t(`ui.plan.plainLevers.${id}`) : labels.lever(id);

  let body;
  if (plan.isPending) body = <LoadingState />;
  else if (isMissing(plan.error)) body = <NotFoundPage />;
  else if (plan.isError)
    body = <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;
  else if (plan.data === null) body = <EmptyState title={t('ui.plan.none.title')} />;
  else {
    const p = plan.data;
    const ends = dueOn(p.startsOn, p.weeks);
    const activities = byWeek(p.activities);
    body = (
      <article className="plan-sheet" aria-labelledby="plan-sheet-title">
        <header className="plan-sheet-header">
          {program && <p className="plan-sheet-program">{program.name}</p>}
          <h1 id="plan-sheet-title">{t('ui.plan.printPage.heading', { name: p.businessName })}</h1>
          <dl className="plan-sheet-facts">
            <div>
              <dt>{t('ui.plan.printPage.owner')}</dt>
              <dd>{p.ownerName}</dd>
            </div>
            <div>
              <dt>{t('ui.plan.printPage.facilitator')}</dt>
              <dd>{p.facilitatorName ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('ui.plan.printPage.dates')}</dt>
              <dd>
                {t('ui.plan.printPage.datesValue', {
                  from: f.day(p.startsOn),
                  to: f.day(ends),
                  weeks: p.weeks,
                })}
              </dd>
            </div>
            <div>
              <dt>{t('ui.plan.printPage.presented')}</dt>
              <dd>{p.presentedOn ? f.day(p.presentedOn) : '—'}</dd>
            </div>
          </dl>
        </header>

        <section aria-labelledby="plan-sheet-priorities">
          <h2 id="plan-sheet-priorities">{t('ui.plan.printPage.priorities')}</h2>
          {p.ownerPriorities ? (
            <p className="plan-sheet-priorities">{p.ownerPriorities}</p>
          ) : (
            <div className="plan-sheet-lines" aria-hidden="true">
              <span />
              <span />
            </div>
          )}
        </section>

        <section aria-labelledby="plan-sheet-weeks">
          <h2 id="plan-sheet-weeks">{t('ui.plan.printPage.weeks')}</h2>
          <table className="plan-sheet-table">
            <thead>
              <tr>
                <th scope="col" className="plan-sheet-week">
                  {t('ui.plan.printPage.week')}
                </th>
                <th scope="col">{t('ui.plan.printPage.what')}</th>
                <th scope="col" className="plan-sheet-who">
                  {t('ui.plan.printPage.who')}
                </th>
                <th scope="col" className="plan-sheet-check">
                  {t('ui.plan.printPage.done')}
                </th>
              </tr>
            </thead>
            <tbody>
              {activities.map((a) => (
                <tr key={a.id}>
                  <td className="plan-sheet-week">
                    <strong>{t('ui.plan.week', { n: a.week })}</strong>
                    <br />
                    {t('ui.plan.printPage.until', { date: labels.shortDay(a.dueOn) })}
                  </td>
                  <td>
                    <strong>{a.title}</strong>
                    {a.description && <p className="plan-sheet-description">{a.description}</p>}
                    <p className="plan-sheet-lever">
                      {t('ui.plan.printPage.about', { lever: plainLever(a.lever) })}
                    </p>
                    {a.service && <PrintedService service={a.service} />}
                  </td>
                  <td className="plan-sheet-who" data-label={t('ui.plan.printPage.who')}>
                    {labels.responsible(a.responsible)}
                  </td>
                  <td className="plan-sheet-check" data-label={t('ui.plan.printPage.done')}>
                    {a.status === 'done' ? (
                      <span>
                        {t('ui.plan.printPage.doneOn', {
                          date: labels.shortDay(a.recordedOn ?? a.dueOn),
                        })}
                      </span>
                    ) : (
                      <span
                        className="plan-sheet-box"
                        aria-label={t('ui.plan.printPage.notYet')}
                        role="img"
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="plan-sheet-notes">
          <h2 id="plan-sheet-notes">{t('ui.plan.printPage.notes')}</h2>
          <div className="plan-sheet-lines" aria-hidden="true">
            <span />
            <span />
          </div>
        </section>

        <footer className="plan-sheet-signatures">
          <div>
            <span className="plan-sheet-sign" aria-hidden="true" />
            {t('ui.plan.printPage.ownerSignature', { name: p.ownerName })}
          </div>
          <div>
            <span className="plan-sheet-sign" aria-hidden="true" />
            {t('ui.plan.printPage.facilitatorSignature', {
              name: p.facilitatorName ?? t('responsibles.facilitator'),
            })}
          </div>
        </footer>
      </article>
    );
  }

  return (
    <main className="plan-print">
      <Group className="plan-print-toolbar" justify="space-between" gap="sm">
        <Anchor
          component={Link}
          to={planPage(programId, caseId)}
          size="sm"
          className="plan-print-back"
        >
          <IconArrowLeft size={16} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
          {t('ui.plan.printPage.back')}
        </Anchor>
        <Button
          leftSection={<IconPrinter size={18} aria-hidden="true" />}
          onClick={() => window.print()}
          disabled={!plan.data}
        >
          {t('ui.plan.printPage.print')}
        </Button>
      </Group>
      {body}
    </main>
  );
}
