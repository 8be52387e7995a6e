import type { Database } from 'better-sqlite3';
import type { Handlers } from '../router';
import type { Clock } from '../clock';
import type { PlanRepository } from '../repositories/plan-repository';
import type { ProfileRepository } from '../repositories/profile-repository';
import type { SettingsRepository } from '../repositories/settings-repository';
import { createSkillRepository } from '../repositories/skill-repository';
import type { MilestoneService } from './milestone-service';
import type { PlanService } from './plan-service';
import { createSkillService } from './skill-service';

type SkillChannel = 'skills:overview' | 'skills:readiness' | 'skills:assess' | 'skills:createMilestone' | 'skills:linkOf' | 'skills:link';

export interface SkillsHandlerDependencies {
  db: Database;
  plans: PlanRepository;
  settings: SettingsRepository;
  profiles: ProfileRepository;
  milestoneService: MilestoneService;
  planService: PlanService;
  onboarding: Parameters<typeof createSkillService>[0]['onboarding'];
  clock: Clock;
}

/** The skills requests (issue 9). */
export function createSkillsHandlers(deps: SkillsHandlerDependencies): Pick<Handlers, SkillChannel> {
  const service = createSkillService({ ...deps, skills: createSkillRepository(deps.db) });
  return {
    'skills:overview': () => service.overview(),
    'skills:readiness': () => service.summary(),
    'skills:assess': (input) => service.assess(input),
    'skills:createMilestone': (input) => service.createMilestone(input),
    'skills:linkOf': (input) => service.linkOf(input),
    'skills:link': (input) => service.link(input)
  };
}
