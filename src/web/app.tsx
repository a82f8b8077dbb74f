import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, type ConfigProviderProps } from 'antd';
import zhCNModule from 'antd/es/locale/zh_CN.js';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { isApiError, SESSION_CODES } from './api.ts';
import { AppShell } from './layout/app-shell.tsx';
import { RequireAbility, RequireSession } from './layout/guards.tsx';
import { AccountPage } from './pages/account-page.tsx';
import { ArticlePage } from './pages/article-page.tsx';
import { AuditPage } from './pages/audit-page.tsx';
import { AwayPage } from './pages/away-page.tsx';
import { DeadlinesPage } from './pages/deadlines-page.tsx';
import { EmergencyPage } from './pages/emergency-page.tsx';
import { LawPage } from './pages/law-page.tsx';
import { DocumentsPage } from './pages/documents-page.tsx';
import { OverduePage } from './pages/overdue-page.tsx';
import { MeetingsPage } from './pages/meetings-page.tsx';
import { MeetingApprovalsPage } from './pages/meeting-approvals-page.tsx';
import { MeetingDecisionsPage } from './pages/meeting-decisions-page.tsx';
import { IncomingPage } from './pages/incoming-page.tsx';
import { IncomingDetailPage } from './pages/incoming-detail-page.tsx';
import { DocumentPage } from './pages/document-page.tsx';
import { DocumentEditPage } from './pages/document-edit-page.tsx';
import { NumberRegisterPage } from './pages/number-register-page.tsx';
import { LeavePage } from './pages/leave-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { OrgPage } from './pages/org-page.tsx';
import { WorkbenchPage } from './pages/workbench-page.tsx';
import { AuditFindingsPage } from './pages/audit-findings-page.tsx';
import { KeyWorkPage } from './pages/key-work-page.tsx';
import { ConsultationsPage } from './pages/consultations-page.tsx';
import { DepartmentReportPage, FilingRegisterPage, NormativePage } from './pages/normative-page.tsx';
import { MajorDecisionsPage } from './pages/major-decisions-page.tsx';
import { MajorDecisionPage } from './pages/major-decision-page.tsx';
import { homePath } from './session.ts';

// antd's ES build lacks "type": "module", so TypeScript (NodeNext) types this default import as the
// CommonJS namespace; the bundler hands over the locale object itself.
const zhCN = ('default' in zhCNModule ? zhCNModule.default : zhCNModule) as ConfigProviderProps['locale'];

// antd's default secondary text (45 % black) and link blue fall short of WCAG AA contrast (4.5:1).
// Users who ask their system for less motion get none (this also keeps screenshots in tests still).
const REDUCED_MOTION = typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const CONTRAST = {
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  // Placeholders are read too (WCAG AA 4.5:1 on white; the default 0.25 alpha is 1.9:1).
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
  // Danger buttons and error text at WCAG AA contrast on white (the default #ff4d4f is 3.6:1).
  colorError: '#c81d25',
} as const;

function makeClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A refusal (4xx) will not change by asking again; only network trouble is retried.
        retry: (count, e) => count < 2 && isApiError(e) && (e.status === 0 || e.status >= 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}

const client = makeClient();

// The session expired mid-work: every query that meets it sends the user back to log in.
client.getQueryCache().subscribe((event) => {
  if (event.type !== 'updated' || event.action.type !== 'error') return;
  const e: unknown = event.action.error;
  const key = event.query.queryKey as readonly unknown[];
  if (isApiError(e) && SESSION_CODES.has(e.code) && key[0] !== 'me') {
    void client.invalidateQueries({ queryKey: ['me'] });
  }
});

function StaffRoutes() {
  return (
    <RequireSession>
      {(session) => (
        <Routes>
          <Route element={<AppShell session={session} />}>
            <Route index element={<Navigate to={homePath(session)} replace />} />
            <Route
              path="workbench"
              element={
                <RequireAbility session={session} permission="tasks:read">
                  <WorkbenchPage session={session} />
                </RequireAbility>
              }
            />
            <Route
              path="leave"
              element={
                <RequireAbility session={session} permission="leave:read">
                  <LeavePage session={session} />
                </RequireAbility>
              }
            />
            <Route
              path="org"
              element={
                <RequireAbility session={session} permission="org:read">
                  <OrgPage session={session} />
                </RequireAbility>
              }
            />
            <Route
              path="away"
              element={
                <RequireAbility session={session} permission="org:read">
                  <AwayPage session={session} />
                </RequireAbility>
              }
            />
            <Route
              path="emergencies"
              element={
                <RequireAbility session={session} permission="emergency:read">
                  <EmergencyPage session={session} />
                </RequireAbility>
              }
            />
            <Route
              path="documents"
              element={
                <RequireAbility session={session} permission="document:read">
                  <DocumentsPage session={session} />
                </RequireAbility>
              }
            />
            <Route
              path="documents/new"
              element={
                <RequireAbility session={session} permission="document:draft">
                  <DocumentEditPage />
                </RequireAbility>
              }
            />
            <Route
              path="documents/:id"
              element={
                <RequireAbility session={session} permission="document:read">
                  <DocumentPage />
                </RequireAbility>
              }
            />
            <Route
              path="documents/:id/edit"
              element={
                <RequireAbility session={session} permission="document:draft">
                  <DocumentEditPage />
                </RequireAbility>
              }
            />
            <Route
              path="document-numbers"
              element={
                <RequireAbility session={session} permission="document:register">
                  <NumberRegisterPage />
                </RequireAbility>
              }
            />
            <Route
              path="incoming"
              element={
                <RequireAbility session={session} permission="incoming:read">
                  <IncomingPage session={session} />
                </RequireAbility>
              }
            />
            <Route
              path="incoming/:id"
              element={
                <RequireAbility session={session} permission="incoming:read">
                  <IncomingDetailPage />
                </RequireAbility>
              }
            />
            <Route
              path="meetings"
              element={
                <RequireAbility session={session} permission="meeting:read">
                  <MeetingsPage session={session} />
                </RequireAbility>
              }
            />
            <Route
              path="meeting-approvals"
              element={
                <RequireAbility session={session} permission="meeting:read">
                  <MeetingApprovalsPage session={session} />
                </RequireAbility>
              }
            />
            <Route
              path="meeting-decisions"
              element={
                <RequireAbility session={session} permission="meeting:read">
                  <MeetingDecisionsPage />
                </RequireAbility>
              }
            />
            <Route
              path="key-work"
              element={
                <RequireAbility session={session} permission="meeting:read">
                  <KeyWorkPage />
                </RequireAbility>
              }
            />
            <Route
              path="consultations"
              element={
                <RequireAbility session={session} permission="consultation:read">
                  <ConsultationsPage session={session} />
                </RequireAbility>
              }
            />
            <Route
              path="major-decisions"
              element={
                <RequireAbility session={session} permission="decision:read">
                  <MajorDecisionsPage />
                </RequireAbility>
              }
            />
            <Route
              path="normative"
              element={
                <RequireAbility session={session} permission="normative:read">
                  <NormativePage />
                </RequireAbility>
              }
            />
            <Route
              path="normative/filings"
              element={
                <RequireAbility session={session} permission="normative:read">
                  <FilingRegisterPage />
                </RequireAbility>
              }
            />
            <Route
              path="normative/report"
              element={
                <RequireAbility session={session} permission="normative:read">
                  <DepartmentReportPage />
                </RequireAbility>
              }
            />
            <Route
              path="major-decisions/:id"
              element={
                <RequireAbility session={session} permission="decision:read">
                  <MajorDecisionPage />
                </RequireAbility>
              }
            />
            <Route
              path="overdue"
              element={
                <RequireAbility session={session} permission="tasks:overdue">
                  <OverduePage />
                </RequireAbility>
              }
            />
            <Route
              path="law"
              element={
                <RequireAbility session={session} permission="law:read">
                  <LawPage />
                </RequireAbility>
              }
            />
            <Route
              path="law/:number"
              element={
                <RequireAbility session={session} permission="law:read">
                  <ArticlePage />
                </RequireAbility>
              }
            />
            <Route
              path="deadlines"
              element={
                <RequireAbility session={session} permission="calendar:read">
                  <DeadlinesPage />
                </RequireAbility>
              }
            />
            <Route
              path="audit"
              element={
                <RequireAbility session={session} permission="audit:read">
                  <AuditPage session={session} />
                </RequireAbility>
              }
            />
            <Route
              path="audit-findings"
              element={
                <RequireAbility session={session} permission="audit-findings:read">
                  <AuditFindingsPage />
                </RequireAbility>
              }
            />
            <Route path="account" element={<AccountPage session={session} />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      )}
    </RequireSession>
  );
}

export function App() {
  return (
    <ConfigProvider
      locale={zhCN}
      button={{ autoInsertSpace: false }}
      theme={{
        token: {
          ...CONTRAST,
          motion: !REDUCED_MOTION,
          colorPrimary: '#1f5fbf',
          colorLink: '#1f5fbf',
          borderRadius: 4,
          fontFamily: '"PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif',
        },
      }}
    >
      <AntApp>
        <QueryClientProvider client={client}>
          <BrowserRouter>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route path="/*" element={<StaffRoutes />} />
            </Routes>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
