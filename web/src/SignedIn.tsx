import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { queryClient } from './api/queries';
import type { Session } from './auth/session';
import { CaseEditor } from './cases/CaseEditor';
import { CasesScreen } from './cases/CasesScreen';
import { ClassesScreen } from './classes/ClassesScreen';
import { ClassPage } from './classes/ClassPage';
import { DispatchScreen } from './dispatch/DispatchScreen';
import { DutiesScreen } from './duties/DutiesScreen';
import { RoundScreen } from './duties/RoundScreen';
import { CarryScreen } from './duties/CarryScreen';
import { Home } from './home/Home';
import { MessagesScreen } from './messages/MessagesScreen';
import { PacketDesk } from './packets/PacketDesk';
import { PacketPage } from './packets/PacketPage';
import { StationScreen } from './station/StationScreen';
import { WaitingScreen } from './packets/WaitingScreen';
import { ReviewsScreen } from './reviews/ReviewsScreen';
import { ScheduleScreen } from './schedule/ScheduleScreen';
import { AuditScreen } from './audit/AuditScreen';
import { ClassMatrixPage } from './reports/ClassMatrixPage';
import { ReportsScreen } from './reports/ReportsScreen';
import { OfficesScreen } from './offices/OfficesScreen';
import { SchoolsScreen } from './schools/SchoolsScreen';
import { StaffScreen } from './staff/StaffScreen';
import { FailedLoads } from './ui/FailedLoads';
import { NotFound } from './ui/NotFound';
import type { Resolution, ScreenName } from './ui/routes';

type User = Session['user'];
/** What a screen is drawn from: the address's parameters and query, and who is signed in. */
interface At {
  params: Record<string, string>;
  query: URLSearchParams;
  user: User;
}

/** How each screen of the route table (ui/routes.ts) is drawn. */
const SCREENS: Record<ScreenName, (at: At) => ReactNode> = {
  home: ({ user }) => <Home user={user} />,
  offices: () => <OfficesScreen />,
  schools: () => <SchoolsScreen />,
  staff: ({ user }) => <StaffScreen user={user} />,
  classes: ({ user }) => <ClassesScreen user={user} />,
  class: ({ params, user }) => (
    <ClassPage key={params.classId} classId={params.classId} user={user} />
  ),
  cases: ({ user, query }) => (
    <CasesScreen user={user} savedTopic={query.get('saved') ?? undefined} />
  ),
  newCase: ({ user, query }) => {
    const from = query.get('from') ?? undefined;
    return <CaseEditor key={`new-${from}`} user={user} copyOf={from} />;
  },
  case: ({ user, params, query }) => (
    <CaseEditor
      key={params.caseId}
      user={user}
      caseId={params.caseId}
      justSaved={query.has('saved')}
    />
  ),
  dispatch: ({ query }) => {
    const chosen = query.get('class') ?? undefined;
    return <DispatchScreen key={chosen} initialClass={chosen} />;
  },
  schedule: ({ user }) => <ScheduleScreen user={user} />,
  reviews: () => <ReviewsScreen />,
  packets: () => <PacketDesk />,
  packet: ({ user, params }) => <PacketPage key={params.code} code={params.code} user={user} />,
  duties: ({ user }) => <DutiesScreen user={user} />,
  carry: ({ params }) => <CarryScreen key={params.dutyId} dutyId={params.dutyId} />,
  round: ({ user }) => <RoundScreen user={user} />,
  station: ({ user }) => <StationScreen userId={user.id} />,
  waiting: () => <WaitingScreen />,
  messages: () => <MessagesScreen />,
  reports: () => <ReportsScreen />,
  classMatrix: ({ params }) => <ClassMatrixPage classId={params.classId} />,
  audit: ({ user }) => <AuditScreen user={user} />,
};

/**
 * Everything after signing in, loaded as its own file so the sign-in screen arrives first and
 * fast on a slow link. The screen at the address, among those the role may use; any other
 * address says so, with a way home.
 */
export default function SignedIn({
  address,
  at,
  session,
}: {
  address: string;
  at: Resolution;
  session: Session;
}) {
  const query = new URLSearchParams(address.split('?')[1] ?? '');
  return (
    <QueryClientProvider client={queryClient}>
      <FailedLoads />
      {at.kind === 'screen' ? (
        SCREENS[at.route.screen]({ params: at.params, query, user: session.user })
      ) : (
        <NotFound forRole={at.kind === 'forRole'} />
      )}
    </QueryClientProvider>
  );
}
