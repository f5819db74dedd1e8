import type { BrowseRoute } from '../../routes';
import { MeetingPage } from './MeetingPage';
import { MemberPage, MembersPage } from './MemberPages';
import { TopicPage, TopicsPage } from './TopicPages';
import { YearPage, YearsPage } from './YearPages';

/** The browse pages, one per route. */
export function BrowseView({ route }: { route: BrowseRoute }) {
  switch (route.name) {
    case 'years':
      return <YearsPage />;
    case 'year':
      return <YearPage route={route} />;
    case 'topics':
      return <TopicsPage route={route} />;
    case 'topic':
      return <TopicPage route={route} />;
    case 'members':
      return <MembersPage />;
    case 'member':
      return <MemberPage route={route} />;
    case 'meeting':
      return <MeetingPage route={route} />;
  }
}
