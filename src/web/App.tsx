import type { QueryClient } from '@tanstack/react-query';
import { type ReactNode, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { RequireAuth, RoleHome } from './auth/RequireAuth.js';
import type { Area } from './auth/roles.js';
import { Loading } from './components/PageState.js';
import { AppLayout } from './layout/AppLayout.js';
import { Providers } from './providers.js';
import { pages, Screen } from './routes.js';

function guard(area: Area, page: ReactNode) {
  return <RequireAuth area={area}>{page}</RequireAuth>;
}

export function App({ client }: { client: QueryClient }) {
  return (
    <Providers client={client}>
      <BrowserRouter>
        <Suspense fallback={<Loading full />}>
          <Routes>
            <Route path="/login" element={<Screen page={pages.Login} />} />
            <Route
              element={
                <RequireAuth>
                  <AppLayout />
                </RequireAuth>
              }
            >
              <Route index element={<RoleHome />} />
              <Route path="cockpit" element={guard('cockpit', <Screen page={pages.Cockpit} />)} />
              <Route path="ledgers" element={guard('ledgers', <Screen page={pages.Ledgers} />)} />
              <Route
                path="ledgers/:ledgerId"
                element={guard('ledgers', <Screen page={pages.LedgerItems} />)}
              />
              <Route
                path="ledgers/:ledgerId/import"
                element={guard('editItems', <Screen page={pages.LedgerImport} />)}
              />
              <Route
                path="ledgers/:ledgerId/template"
                element={guard('editLedgers', <Screen page={pages.LedgerTemplate} />)}
              />
              <Route path="items" element={guard('items', <Screen page={pages.Items} />)} />
              <Route path="items/new" element={guard('editItems', <Screen page={pages.ItemForm} />)} />
              <Route path="items/:id" element={guard('items', <Screen page={pages.Item} />)} />
              <Route path="items/:id/edit" element={guard('editItems', <Screen page={pages.ItemForm} />)} />
              <Route path="home" element={guard('unitHome', <Screen page={pages.UnitHome} />)} />
              <Route path="admin/units" element={guard('units', <Screen page={pages.Units} />)} />
              <Route path="admin/users" element={guard('users', <Screen page={pages.Users} />)} />
              <Route path="requests" element={guard('requests', <Screen page={pages.Requests} />)} />
              <Route path="bottlenecks" element={guard('bottlenecks', <Screen page={pages.Bottlenecks} />)} />
              <Route path="settings" element={guard('settings', <Screen page={pages.Settings} />)} />
              <Route path="audit" element={guard('audit', <Screen page={pages.Audit} />)} />
              <Route path="meetings" element={guard('meetings', <Screen page={pages.Meetings} />)} />
              <Route path="meetings/:id" element={guard('meetings', <Screen page={pages.Meeting} />)} />
              <Route
                path="meetings/:id/ingest"
                element={guard('editMeetings', <Screen page={pages.Ingest} />)}
              />
              <Route path="account/password" element={<Screen page={pages.Password} />} />
              <Route path="account/second-factor" element={<Screen page={pages.SecondFactor} />} />
              <Route path="security" element={guard('security', <Screen page={pages.Security} />)} />
              <Route path="notices" element={guard('notices', <Screen page={pages.Notices} />)} />
              <Route path="notices/:id" element={guard('notices', <Screen page={pages.Notice} />)} />
              <Route path="inspections" element={guard('inspections', <Screen page={pages.Inspections} />)} />
              <Route
                path="inspections/new"
                element={guard('inspect', <Screen page={pages.InspectionForm} />)}
              />
              <Route
                path="inspections/:id"
                element={guard('inspections', <Screen page={pages.Inspection} />)}
              />
              <Route path="visits" element={guard('inspect', <Screen page={pages.MyVisits} />)} />
              <Route path="plans" element={guard('plans', <Screen page={pages.Plans} />)} />
              <Route path="plans/:id" element={guard('plans', <Screen page={pages.Plan} />)} />
              <Route path="assessments" element={guard('assessments', <Screen page={pages.Assessments} />)} />
              <Route
                path="assessments/:id"
                element={guard('assessments', <Screen page={pages.Assessment} />)}
              />
              <Route path="notifications" element={<Screen page={pages.Notifications} />} />
              <Route path="notifications/preferences" element={<Screen page={pages.Preferences} />} />
              <Route path="reminders" element={guard('reminders', <Screen page={pages.Reminders} />)} />
              <Route path="welcome" element={<Screen page={pages.Welcome} />} />
              <Route path="*" element={<Screen page={pages.NotFound} />} />
            </Route>
          </Routes>
        </Suspense>
      </BrowserRouter>
    </Providers>
  );
}
