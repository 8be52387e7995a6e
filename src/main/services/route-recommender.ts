/** Recommends a route from a profile, with the reasons in plain words (as translation keys). */
import { educationRank, type Profile } from '@shared/profile';
import type { Reason, Recommendation } from '@shared/model';

const TECHNICAL_FIELDS = new Set(['computer-science', 'data-ai', 'engineering']);
const SENIOR_ENGINEER_YEARS = 10;
const LOW_PACE_HOURS = 5;

export function recommendRoute(profile: Profile): Recommendation {
  const reasons: Reason[] = [];
  const years = String(profile.yearsExperience);
  let routeId: Recommendation['routeId'];

  if (profile.currentRole === 'it-manager') {
    routeId = 'route.it-leader';
    reasons.push({ key: 'itManager', values: { years } }, { key: 'itLeadersPromoted' });
  } else if (profile.currentRole === 'software-engineer' && profile.yearsExperience >= SENIOR_ENGINEER_YEARS) {
    routeId = 'route.it-leader';
    reasons.push({ key: 'seniorEngineer', values: { years } }, { key: 'itLeadersPromoted' });
  } else if (profile.field === 'business' || profile.currentRole === 'product-business') {
    routeId = 'route.business';
    reasons.push({ key: profile.field === 'business' ? 'businessField' : 'businessRole' }, { key: 'mbaRecognised' });
    if (educationRank(profile.educationLevel) >= 5) reasons.push({ key: 'hasBusinessDegree' });
  } else {
    routeId = 'route.engineering';
    if (profile.educationLevel === 'doctorate' || profile.currentRole === 'researcher') reasons.push({ key: 'researcher' });
    else if (profile.currentRole === 'data-ai-practitioner') reasons.push({ key: 'practitioner', values: { years } });
    else if (TECHNICAL_FIELDS.has(profile.field)) reasons.push({ key: 'technicalField' });
    else reasons.push({ key: 'defaultEngineering' });
    if (educationRank(profile.educationLevel) < 5) reasons.push({ key: 'needsBac5' });
  }
  if (profile.hoursPerWeek < LOW_PACE_HOURS) reasons.push({ key: 'lowPace', values: { hours: String(profile.hoursPerWeek) } });
  return { routeId, reasons };
}
