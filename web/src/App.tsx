import { Suspense, lazy } from 'react';
import { Navigate, RouterProvider, createBrowserRouter } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { RouteError } from './components/ErrorBoundary.tsx';
import { NotFoundPage } from './components/NotFoundPage.tsx';
import { LoadingState } from './components/states.tsx';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { RequireAdmin, RequireAuth } from './features/auth/guards.tsx';
import { HomeRedirect } from './features/programs/HomeRedirect.tsx';
import { ProgramHomePage } from './features/programs/ProgramHomePage.tsx';
import { PublicRoot } from './features/registration/public/PublicShell.tsx';

// Administration screens are few people's daily work: loaded only when opened.
const UsersPage = lazy(() => import('./features/users/UsersPage.tsx'));
const AuditPage = lazy(() => import('./features/audit/AuditPage.tsx'));
// Registration: the public pages load on their own, so an applicant's phone fetches little.
const ApplyPage = lazy(() => import('./features/registration/public/ApplyPage.tsx'));
const StatusPage = lazy(() => import('./features/registration/public/StatusPage.tsx'));
const CallsPage = lazy(() => import('./features/registration/CallsPage.tsx'));
const NewCallPage = lazy(() => import('./features/registration/NewCallPage.tsx'));
const CallPage = lazy(() => import('./features/registration/CallPage.tsx'));
const CallSummaryTab = lazy(() => import('./features/registration/CallSummaryTab.tsx'));
const ApplicantsTab = lazy(() => import('./features/registration/ApplicantsTab.tsx'));
const SelectionTab = lazy(() => import('./features/registration/SelectionTab.tsx'));
const CallSettingsTab = lazy(() => import('./features/registration/CallSettingsTab.tsx'));
const ApplicantPage = lazy(() => import('./features/registration/ApplicantPage.tsx'));
const RegisterApplicantPage = lazy(
  () => import('./features/registration/RegisterApplicantPage.tsx'),
);

// Case management: the board, a case, the report and the agenda.
const CasesPage = lazy(() => import('./features/cases/CasesPage.tsx'));
const CasePage = lazy(() => import('./features/cases/CasePage.tsx'));
const CaseReportPage = lazy(() => import('./features/cases/ReportPage.tsx'));
const CaseAgendaPage = lazy(() => import('./features/cases/AgendaPage.tsx'));
const CaseSettingsPage = lazy(() => import('./features/cases/SettingsPage.tsx'));
const PlanPage = lazy(() => import('./features/plan/PlanPage.tsx'));
const PlanPrintPage = lazy(() => import('./features/plan/PlanPrintPage.tsx'));
// Integral assessment and diagnosis of a case.
const AssessmentPage = lazy(() => import('./features/assessment/AssessmentPage.tsx'));
// Assessment report and settings (questionnaire, scoring, plan templates).
const AssessmentReportPage = lazy(
  () => import('./features/assessment-admin/AssessmentReportPage.tsx'),
);
const AssessmentSettingsPage = lazy(
  () => import('./features/assessment-admin/AssessmentSettingsPage.tsx'),
);
// The services ecosystem: the catalog of offers, its matrix import and export.
const ServicesPage = lazy(() => import('./features/services/ServicesPage.tsx'));
const EcosystemReportPage = lazy(() => import('./features/services/EcosystemReportPage.tsx'));
// Mentors: profiles, the assignment queue; mentoring sessions and their calendar.
const MentorsPage = lazy(() => import('./features/mentors/MentorsPage.tsx'));
const MentoringPage = lazy(() => import('./features/mentoring/MentoringPage.tsx'));
// Training: modules, tracks, sessions with enrollment and attendance, the report.
const TrainingPage = lazy(() => import('./features/training/TrainingPage.tsx'));
// Capitalization grants: a case's grant, the program's report and settings.
const GrantPage = lazy(() => import('./features/grants/GrantPage.tsx'));
const GrantReportPage = lazy(() => import('./features/grants/GrantReportPage.tsx'));
const GrantSettingsPage = lazy(() => import('./features/grants/GrantSettingsPage.tsx'));
// Reports: the dashboard (with the chart library) and the bulletin load only when opened.
const ReportsDashboardPage = lazy(() => import('./features/reports/DashboardPage.tsx'));
const BulletinPage = lazy(() => import('./features/reports/BulletinPage.tsx'));

const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        // Open to anyone: the public application form and the status page.
        element: <PublicRoot />,
        children: [
          { path: '/apply/:code', element: <ApplyPage /> },
          { path: '/apply/:code/status', element: <StatusPage /> },
          { path: '/status', element: <StatusPage /> },
        ],
      },
      {
        // The printable plan: signed in, but without the app's frame around it.
        path: '/p/:programId/cases/:caseId/plan/print',
        element: (
          <RequireAuth>
            <Suspense fallback={<LoadingState />}>
              <PlanPrintPage />
            </Suspense>
          </RequireAuth>
        ),
      },
      {
        path: '/',
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          {
            // Errors inside a page render inside the shell, so the menu stays usable.
            errorElement: <RouteError />,
            children: [
              { index: true, element: <HomeRedirect /> },
              { path: 'p/:programId', element: <ProgramHomePage /> },
              { path: 'p/:programId/calls', element: <CallsPage /> },
              { path: 'p/:programId/calls/new', element: <NewCallPage /> },
              {
                path: 'p/:programId/calls/:callId',
                element: <CallPage />,
                children: [
                  { index: true, element: <CallSummaryTab /> },
                  { path: 'applicants', element: <ApplicantsTab /> },
                  { path: 'selection', element: <SelectionTab /> },
                  { path: 'settings', element: <CallSettingsTab /> },
                ],
              },
              {
                path: 'p/:programId/calls/:callId/applicants/:applicantId',
                element: <ApplicantPage />,
              },
              { path: 'p/:programId/calls/:callId/register', element: <RegisterApplicantPage /> },
              { path: 'p/:programId/cases', element: <CasesPage /> },
              { path: 'p/:programId/cases/report', element: <CaseReportPage /> },
              { path: 'p/:programId/cases/agenda', element: <CaseAgendaPage /> },
              { path: 'p/:programId/cases/settings', element: <CaseSettingsPage /> },
              { path: 'p/:programId/cases/:caseId', element: <CasePage /> },
              { path: 'p/:programId/cases/:caseId/plan', element: <PlanPage /> },
              { path: 'p/:programId/cases/:caseId/grant', element: <GrantPage /> },
              { path: 'p/:programId/cases/:caseId/assessment', element: <AssessmentPage /> },
              { path: 'p/:programId/assessment/report', element: <AssessmentReportPage /> },
              { path: 'p/:programId/assessment/settings', element: <AssessmentSettingsPage /> },
              { path: 'p/:programId/services', element: <ServicesPage /> },
              { path: 'p/:programId/services/report', element: <EcosystemReportPage /> },
              { path: 'p/:programId/mentors', element: <MentorsPage /> },
              { path: 'p/:programId/mentoring', element: <MentoringPage /> },
              { path: 'p/:programId/training', element: <TrainingPage /> },
              { path: 'p/:programId/grants/report', element: <GrantReportPage /> },
              { path: 'p/:programId/grants/settings', element: <GrantSettingsPage /> },
              { path: 'p/:programId/reports', element: <ReportsDashboardPage /> },
              { path: 'p/:programId/reports/bulletin', element: <BulletinPage /> },
              {
                path: 'admin',
                element: <RequireAdmin />,
                children: [
                  { index: true, element: <Navigate to="users" replace /> },
                  { path: 'users', element: <UsersPage /> },
                  { path: 'audit', element: <AuditPage /> },
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
