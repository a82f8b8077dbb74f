import { Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { isApiError, SESSION_CODES } from '../api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ForbiddenPage } from '../pages/forbidden-page.tsx';
import { can, useSession, type Session } from '../session.ts';

export function PageLoading() {
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin description="加载中…" />
    </Flex>
  );
}

/**
 * Renders its child with the session, or sends the visitor to log in. An incomplete login (one-time
 * password, second factor still to enrol) is held on the account page, as the server holds it.
 */
export function RequireSession({ children }: { children: (s: Session) => ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoading />;
  if (session.isError) {
    if (isApiError(session.error) && SESSION_CODES.has(session.error.code)) {
      const notice = session.error.code === 'SESSION_EXPIRED' ? session.error.message : undefined;
      return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}`, notice }} />;
    }
    return (
      <div style={{ padding: 24 }}>
        <ErrorAlert error={session.error} title="无法读取当前用户" />
      </div>
    );
  }
  const s = session.data;
  if ((s.me.mustChangePassword || s.me.mustEnrollTotp) && location.pathname !== '/account') return <Navigate to="/account" replace />;
  return <>{children(s)}</>;
}

/** A page that needs a permission the account lacks shows 403 instead (the server refuses it anyway). */
export function RequireAbility({ session, permission, children }: { session: Session; permission: string; children: ReactNode }) {
  if (!can(session, permission)) return <ForbiddenPage />;
  return <>{children}</>;
}
