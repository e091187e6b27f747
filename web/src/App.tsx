import { lazy } from 'react';
import { Navigate, RouterProvider, createBrowserRouter } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { RouteError } from './components/ErrorBoundary.tsx';
import { NotFoundPage } from './components/NotFoundPage.tsx';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { RequireAdmin, RequireAuth } from './features/auth/guards.tsx';
import { HomeRedirect } from './features/programs/HomeRedirect.tsx';
import { ProgramHomePage } from './features/programs/ProgramHomePage.tsx';

// Administration screens are few people's daily work: loaded only when opened.
const UsersPage = lazy(() => import('./features/users/UsersPage.tsx'));
const AuditPage = lazy(() => import('./features/audit/AuditPage.tsx'));

const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      { path: '/login', element: <LoginPage /> },
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
