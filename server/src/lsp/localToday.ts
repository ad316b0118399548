import { localIsoDate } from '../host/newDocument/templateValues';

/** Today as YYYY-MM-DD in the server's time zone, which is the author's on their machine. */
export function localToday(): string {
  return localIsoDate(new Date());
}
