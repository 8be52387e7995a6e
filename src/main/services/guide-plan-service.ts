import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors';
import type { ParsedInput } from '@shared/contract';
import type { EvidenceWrite, MilestoneWrite } from '@shared/model';
import { skillById } from '@shared/content/skills';
import { PROGRAMME_TEMPLATES } from '@shared/content/routes';
import { calendarEntry } from '@shared/content/law/calendar';
import { certificationById, certificationExpiry } from '@shared/content/certifications';
import type { MilestoneRepository } from '../repositories/milestone-repository';
import type { SkillRepository } from '../repositories/skill-repository';
import type { MilestoneService } from './milestone-service';
import type { Clock } from '../clock';
import { isOpen } from './schedule';

interface Dependencies {
  db: Database;
  milestones: MilestoneRepository;
  skills: SkillRepository;
  milestoneService: MilestoneService;
  clock: Clock;
}

/** A template the guide may plan: a calendar entry in force or to come, a certification still awarded, or an executive programme. */
function checkTemplate(templateId: string): void {
  if (PROGRAMME_TEMPLATES.some((template) => template.id === templateId)) return;
  const entry = calendarEntry(templateId);
  const certification = certificationById(templateId);
  if (entry ? !entry.plannable || entry.pending : !certification || certification.retiredOn !== undefined)
    throw new AppError('invalid_input', `${templateId} cannot be planned`);
}

/**
 * What the guide adds to a plan: milestones made from the regulatory calendar or the certification
 * catalogue (linked to their skill, an obligation already in force placed first among the open
 * milestones of its stage), and a certification's evidence, whose expiry follows from its validity.
 */
export function createGuidePlanService({ db, milestones, skills, milestoneService, clock }: Dependencies) {
  return {
    create: db.transaction((input: ParsedInput<'milestones:create'>): MilestoneWrite => {
      const { skillId, firstOpen, ...base } = input;
      if (skillId !== undefined && !skillById(skillId)) throw new AppError('invalid_input', `Unknown skill ${skillId}`);
      if (base.templateId !== undefined) checkTemplate(base.templateId);
      const written = milestoneService.create(base);
      const created = written.milestone;
      if (skillId !== undefined) skills.setSkill(created.id, skillId, clock.now().toISOString());
      const before = firstOpen && milestones.listByStage(created.stageId).find((row) => row.id !== created.id && isOpen(row));
      if (!before) return written;
      const change = milestoneService.move({ milestoneId: created.id, stageId: created.stageId, position: before.position });
      return { ...change, milestone: milestones.get(created.id) ?? created, elsewhere: 0 };
    }),
    /** Evidence of a catalogued certification, obtained on a date and given no expiry, expires when its validity ends. */
    addEvidence(input: ParsedInput<'evidence:add'>): EvidenceWrite {
      if (input.expiryDate || !input.obtainedDate) return milestoneService.addEvidence(input);
      const certification = certificationById(milestones.get(input.milestoneId)?.templateId ?? null);
      const expiryDate = certification ? certificationExpiry(certification, input.obtainedDate) : null;
      return milestoneService.addEvidence({ ...input, expiryDate });
    }
  };
}

export type GuidePlanService = ReturnType<typeof createGuidePlanService>;
