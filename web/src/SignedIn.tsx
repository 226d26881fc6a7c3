import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './api/queries';
import type { Session } from './auth/session';
import { CaseEditor } from './cases/CaseEditor';
import { CasesScreen } from './cases/CasesScreen';
import { ClassesScreen } from './classes/ClassesScreen';
import { ClassPage } from './classes/ClassPage';
import { DispatchScreen } from './dispatch/DispatchScreen';
import { DutiesScreen } from './duties/DutiesScreen';
import { RoundScreen } from './duties/RoundScreen';
import { Home } from './home/Home';
import { MessagesScreen } from './messages/MessagesScreen';
import { PacketDesk } from './packets/PacketDesk';
import { PacketPage } from './packets/PacketPage';
import { StationScreen } from './station/StationScreen';
import { WaitingScreen } from './packets/WaitingScreen';
import { ReviewsScreen } from './reviews/ReviewsScreen';
import { AuditScreen } from './audit/AuditScreen';
import { ClassMatrixPage } from './reports/ClassMatrixPage';
import { ReportsScreen } from './reports/ReportsScreen';
import { OfficesScreen } from './offices/OfficesScreen';
import { SchoolsScreen } from './schools/SchoolsScreen';
import { StaffScreen } from './staff/StaffScreen';
import { FailedLoads } from './ui/FailedLoads';
import { NotFound } from './ui/NotFound';
import { SCREENS } from './ui/screens';

/**
 * Everything after signing in, loaded as its own file so the sign-in screen arrives first and
 * fast on a slow link. The screen at the address, among those the role may use; any other
 * address says so, with a way home.
 */
export default function SignedIn({ route, session }: { route: string; session: Session }) {
  return (
    <QueryClientProvider client={queryClient}>
      <FailedLoads />
      {screen(route, session)}
    </QueryClientProvider>
  );
}

function screen(route: string, { user }: Session) {
  const [path] = route.split('?');
  const param = (name: string) =>
    new URLSearchParams(window.location.search).get(name) ?? undefined;
  const section = `/${path.split('/')[1]}`;
  if (path === '/') return <Home user={user} />;
  if (!SCREENS[section]) return <NotFound />;
  if (!SCREENS[section].includes(user.role)) return <NotFound forRole />;
  const id = path.split('/')[2];
  switch (section) {
    case '/offices':
      return <OfficesScreen />;
    case '/schools':
      return <SchoolsScreen />;
    case '/staff':
      return <StaffScreen user={user} />;
    case '/classes':
      return id ? <ClassPage key={id} classId={id} /> : <ClassesScreen user={user} />;
    case '/cases':
      if (id === 'new')
        return <CaseEditor key={`new-${param('from')}`} user={user} copyOf={param('from')} />;
      return id ? <CaseEditor key={id} user={user} caseId={id} /> : <CasesScreen user={user} />;
    case '/reports':
      return id === 'classes' && path.split('/')[3] ? (
        <ClassMatrixPage classId={path.split('/')[3]} />
      ) : (
        <ReportsScreen />
      );
    case '/packets':
      return id ? <PacketPage key={id} code={id} user={user} /> : <PacketDesk />;
    case '/station':
      return <StationScreen userId={user.id} />;
    case '/waiting':
      return <WaitingScreen />;
    case '/reviews':
      return <ReviewsScreen />;
    case '/duties':
      return <DutiesScreen user={user} />;
    case '/round':
      return <RoundScreen user={user} />;
    case '/messages':
      return <MessagesScreen />;
    case '/audit':
      return <AuditScreen user={user} />;
    case '/dispatch':
      return <DispatchScreen key={param('class')} initialClass={param('class')} />;
    default:
      return <NotFound />;
  }
}
