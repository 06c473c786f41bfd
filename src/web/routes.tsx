import type { QueryClient } from '@tanstack/react-query';
import { type ComponentType, lazy } from 'react';
import { ledgersQuery, overviewQuery } from './backend/queries.js';
import { cockpitParams } from './pages/cockpit/params.js';

export interface Page {
  /** Starts loading the screen's chunk (once); resolves when it has arrived. */
  preload: () => Promise<unknown>;
  /** The screen, once its chunk has arrived. */
  loaded: ComponentType | null;
  /** The screen through React.lazy, for the first render before that. */
  Lazy: ComponentType;
}

/**
 * A screen in its own chunk, loaded when first opened — or earlier, through
 * `preload` — from a module's named export.
 */
function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M): Page {
  let pending: Promise<M> | null = null;
  const page: Page = {
    preload: () => {
      pending ??= load().then((m) => {
        page.loaded = m[name] as ComponentType;
        return m;
      });
      return pending;
    },
    loaded: null,
    Lazy: lazy(async () => {
      await page.preload();
      return { default: page.loaded as ComponentType };
    }),
  };
  return page;
}

/**
 * Renders a screen. One whose chunk has already arrived renders at once instead
 * of suspending for a turn (which would show the loading state and let React
 * hold the reveal back).
 */
export function Screen({ page }: { page: Page }) {
  const Loaded = page.loaded;
  return Loaded ? <Loaded /> : <page.Lazy />;
}

export const pages = {
  Login: lazyPage(() => import('./pages/login/LoginPage.js'), 'LoginPage'),
  Cockpit: lazyPage(() => import('./pages/cockpit/CockpitPage.js'), 'CockpitPage'),
  Ledgers: lazyPage(() => import('./pages/ledgers/LedgersPage.js'), 'LedgersPage'),
  LedgerItems: lazyPage(() => import('./pages/ledgers/LedgerItemsPage.js'), 'LedgerItemsPage'),
  LedgerImport: lazyPage(() => import('./pages/sheets/ImportPage.js'), 'ImportPage'),
  LedgerTemplate: lazyPage(() => import('./pages/sheets/TemplatePage.js'), 'TemplatePage'),
  Items: lazyPage(() => import('./pages/items/ItemsPage.js'), 'ItemsPage'),
  Item: lazyPage(() => import('./pages/item/ItemPage.js'), 'ItemPage'),
  ItemForm: lazyPage(() => import('./pages/item-form/ItemFormPage.js'), 'ItemFormPage'),
  UnitHome: lazyPage(() => import('./pages/home/UnitHomePage.js'), 'UnitHomePage'),
  Units: lazyPage(() => import('./pages/admin/UnitsPage.js'), 'UnitsPage'),
  Users: lazyPage(() => import('./pages/admin/UsersPage.js'), 'UsersPage'),
  Requests: lazyPage(() => import('./pages/requests/RequestsPage.js'), 'RequestsPage'),
  Bottlenecks: lazyPage(() => import('./pages/bottlenecks/BottlenecksPage.js'), 'BottlenecksPage'),
  Settings: lazyPage(() => import('./pages/settings/SettingsPage.js'), 'SettingsPage'),
  Audit: lazyPage(() => import('./pages/audit/AuditPage.js'), 'AuditPage'),
  Meetings: lazyPage(() => import('./pages/meetings/MeetingsPage.js'), 'MeetingsPage'),
  Meeting: lazyPage(() => import('./pages/meetings/MeetingPage.js'), 'MeetingPage'),
  Ingest: lazyPage(() => import('./pages/meetings/ingest/IngestPage.js'), 'IngestPage'),
  Password: lazyPage(() => import('./pages/account/PasswordPage.js'), 'PasswordPage'),
  SecondFactor: lazyPage(() => import('./pages/account/SecondFactorPage.js'), 'SecondFactorPage'),
  Security: lazyPage(() => import('./pages/security/SecurityPage.js'), 'SecurityPage'),
  Notices: lazyPage(() => import('./pages/notices/NoticesPage.js'), 'NoticesPage'),
  Notice: lazyPage(() => import('./pages/notices/NoticePage.js'), 'NoticePage'),
  Inspections: lazyPage(() => import('./pages/inspections/InspectionsPage.js'), 'InspectionsPage'),
  Inspection: lazyPage(() => import('./pages/inspections/InspectionPage.js'), 'InspectionPage'),
  InspectionForm: lazyPage(() => import('./pages/inspections/InspectionFormPage.js'), 'InspectionFormPage'),
  MyVisits: lazyPage(() => import('./pages/plans/MyVisitsPage.js'), 'MyVisitsPage'),
  Plans: lazyPage(() => import('./pages/plans/PlansPage.js'), 'PlansPage'),
  Plan: lazyPage(() => import('./pages/plans/PlanPage.js'), 'PlanPage'),
  Assessments: lazyPage(() => import('./pages/assessments/AssessmentsPage.js'), 'AssessmentsPage'),
  Assessment: lazyPage(() => import('./pages/assessments/AssessmentPage.js'), 'AssessmentPage'),
  Notifications: lazyPage(() => import('./pages/notifications/NotificationsPage.js'), 'NotificationsPage'),
  Preferences: lazyPage(() => import('./pages/notifications/PreferencesPage.js'), 'PreferencesPage'),
  Reminders: lazyPage(() => import('./pages/reminders/RemindersPage.js'), 'RemindersPage'),
  Welcome: lazyPage(() => import('./pages/misc/WelcomePage.js'), 'WelcomePage'),
  NotFound: lazyPage(() => import('./pages/misc/NotFoundPage.js'), 'NotFoundPage'),
};

/**
 * Starts loading the screen at `location` and, for the cockpit, its headline
 * numbers — in parallel with the session check instead of after it. Only
 * called when the browser holds a session, so nothing here meets a 401.
 * Resolves when the screen's code has arrived (never rejects).
 */
export function preloadRoute(
  location: { pathname: string; search: string },
  client: QueryClient,
): Promise<unknown> {
  const path = location.pathname;
  let page: Page | null = null;
  if (path === '/cockpit') {
    page = pages.Cockpit;
    client.query(overviewQuery(cockpitParams(new URLSearchParams(location.search)))).catch(() => undefined);
    client.query(ledgersQuery()).catch(() => undefined);
  } else if (path === '/items') page = pages.Items;
  else if (path === '/items/new' || path.endsWith('/edit')) page = pages.ItemForm;
  else if (path.startsWith('/items/')) page = pages.Item;
  else if (path.startsWith('/ledgers/') && path.endsWith('/import')) page = pages.LedgerImport;
  else if (path.startsWith('/ledgers/') && path.endsWith('/template')) page = pages.LedgerTemplate;
  else if (path.startsWith('/ledgers/')) page = pages.LedgerItems;
  else if (path === '/ledgers') page = pages.Ledgers;
  else if (path === '/home') page = pages.UnitHome;
  return page ? page.preload().catch(() => undefined) : Promise.resolve();
}
