import { describe, expect, it } from 'vitest';
import { generatePlan, type GeneratedPlan } from '../../../../src/main/services/plan-generator';
import { recommendRoute } from '../../../../src/main/services/route-recommender';
import { impliedAchievements, type Profile } from '../../../../src/shared/profile';
import { STAGE_TEMPLATES } from '../../../../src/shared/content/stages';

const TODAY = '2026-11-24';

/** A profile with the checklist pre-ticked the way the wizard does it. */
function person(profile: Omit<Profile, 'achieved'>, extra: Profile['achieved'] = []): Profile {
  return { ...profile, achieved: [...impliedAchievements(profile), ...extra] };
}

const lea = person({
  educationLevel: 'bac+3',
  field: 'computer-science',
  yearsExperience: 0,
  currentRole: 'student',
  targetCompanySize: 'large',
  hoursPerWeek: 15
});
const karim = person(
  {
    educationLevel: 'bac+5',
    field: 'data-ai',
    yearsExperience: 8,
    currentRole: 'data-ai-practitioner',
    targetCompanySize: 'mid-size',
    hoursPerWeek: 6
  },
  ['model-in-production', 'cloud-certification']
);
const sophie = person(
  {
    educationLevel: 'bac+5',
    field: 'business',
    yearsExperience: 15,
    currentRole: 'product-business',
    targetCompanySize: 'multinational',
    hoursPerWeek: 8
  },
  ['led-team']
);
const itManager = person({
  educationLevel: 'bac+5',
  field: 'computer-science',
  yearsExperience: 15,
  currentRole: 'it-manager',
  targetCompanySize: 'large',
  hoursPerWeek: 5
});
const researcher = person({
  educationLevel: 'doctorate',
  field: 'data-ai',
  yearsExperience: 4,
  currentRole: 'researcher',
  targetCompanySize: 'large',
  hoursPerWeek: 10
});
const partTimer = person({
  educationLevel: 'bac+2',
  field: 'engineering',
  yearsExperience: 3,
  currentRole: 'software-engineer',
  targetCompanySize: 'mid-size',
  hoursPerWeek: 3
});

function plan(profile: Profile): GeneratedPlan {
  return generatePlan(profile, recommendRoute(profile).routeId, TODAY);
}

function done(generated: GeneratedPlan): string[] {
  return generated.stages.flatMap((stage) => stage.milestones.filter((m) => m.status === 'done').map((m) => m.templateId));
}

function all(generated: GeneratedPlan) {
  return generated.stages.flatMap((stage) => stage.milestones);
}

describe('route recommendation', () => {
  it.each([
    ['bac+3 computer-science student', lea, 'route.engineering', ['technicalField', 'needsBac5']],
    ['data scientist with 8 years', karim, 'route.engineering', ['practitioner']],
    ['business-school product director', sophie, 'route.business', ['businessField', 'mbaRecognised', 'hasBusinessDegree']],
    ['IT manager with 15 years', itManager, 'route.it-leader', ['itManager', 'itLeadersPromoted']],
    ['PhD researcher', researcher, 'route.engineering', ['researcher']],
    ['part-timer with 3 h/week', partTimer, 'route.engineering', ['technicalField', 'needsBac5', 'lowPace']]
  ] as const)('%s → %s', (_name, profile, route, reasons) => {
    const recommendation = recommendRoute(profile);
    expect(recommendation.routeId).toBe(route);
    expect(recommendation.reasons.map((reason) => reason.key)).toEqual(reasons);
  });

  it('puts the person’s own numbers in the reasons', () => {
    expect(recommendRoute(itManager).reasons[0]).toEqual({ key: 'itManager', values: { years: '15' } });
    expect(recommendRoute(partTimer).reasons.at(-1)).toEqual({ key: 'lowPace', values: { hours: '3' } });
  });
});

describe('plan generation', () => {
  it('always lays out the five stages in order and ends with the CAIO goal then what lies beyond', () => {
    for (const profile of [lea, karim, sophie, itManager, researcher, partTimer]) {
      const generated = plan(profile);
      expect(generated.stages.map((stage) => stage.templateId)).toEqual(STAGE_TEMPLATES.map((stage) => stage.id));
      const caio = generated.stages[3]!.milestones.at(-1)!;
      expect(caio).toMatchObject({ templateId: 'milestone.caio', status: 'todo', dueDate: generated.caioDate });
      expect(generated.stages[4]!.milestones.every((m) => m.dueDate! > generated.caioDate)).toBe(true);
    }
  });

  it('Léa (bac+3 student): bachelor done, master still ahead, due dates in order within each track', () => {
    const generated = plan(lea);
    expect(done(generated)).toEqual(['eng.bachelor']);
    const master = all(generated).find((m) => m.templateId === 'eng.master')!;
    expect(master).toMatchObject({ status: 'todo', dueDate: '2028-11-21' });
    expect(generated.caioDate > '2034-01-01').toBe(true);
  });

  it('Karim (data scientist, 8 years): degrees, first role and production done; a foundations course and a basic cloud certificate are not the deep-learning course or the ML cloud certificate', () => {
    const generated = plan(karim);
    expect(done(generated)).toEqual(['eng.bachelor', 'eng.master', 'eng.first-role', 'eng.production']);
    expect(all(generated).find((m) => m.templateId === 'eng.deep-learning')?.status).toBe('todo');
    // The deep-learning course (about 37 weeks at 6 h/week) is all that is left of the education stage.
    expect(generated.stages[0]!.endDate).toBe('2027-08-08');
    expect(generated.caioDate < plan(lea).caioDate).toBe(true);
  });

  it('Sophie (business-school product director): business route with the degree behind her; leading a team is not running a multi-department AI programme', () => {
    const generated = plan(sophie);
    expect(generated.routeId).toBe('route.business');
    expect(done(generated)).toEqual(['bus.degree']);
    expect(all(generated).find((m) => m.templateId === 'bus.transformation')?.status).toBe('todo');
    expect(all(generated).find((m) => m.templateId === 'bus.data-foundations')?.status).toBe('todo');
  });

  it('IT manager (15 years): fast track; an IT budget is not yet a dedicated AI budget and team', () => {
    const generated = plan(itManager);
    expect(generated.routeId).toBe('route.it-leader');
    // His current post is credited; it is not yet a dedicated AI budget and team.
    expect(done(generated)).toEqual(['it.current-role']);
    expect(all(generated).find((m) => m.templateId === 'it.budget')?.status).toBe('todo');
    // The first 90 days and the 12-month strategy start now (65 weeks), 52 of pilots and platform, then
    // the leadership stage where securing the AI budget now counts too.
    expect(generated.caioDate).toBe('2030-02-19');
    // Obligations that already apply come first: the GDPR and AI Act training and the AI Act map are due within months.
    const due = (id: string) => all(generated).find((m) => m.templateId === id)?.dueDate ?? '';
    expect(due('it.regulation-training') <= '2027-01-31').toBe(true);
    expect(due('it.ai-act-map') <= '2027-03-31').toBe(true);
    expect(due('it.ninety-days') <= '2027-03-01').toBe(true);
    expect(all(generated).map((m) => m.templateId)).not.toContain('milestone.cio-cto');
    expect(generated.caioDate < plan(karim).caioDate).toBe(true);
  });

  it('PhD researcher in AI: the technical master implied by the doctorate is done; a course is not assumed', () => {
    const generated = plan(researcher);
    expect(done(generated)).toEqual(['eng.bachelor', 'eng.master']);
    expect(done(generated)).not.toContain('eng.first-role');
  });

  it('part-timer at 3 h/week with a bac+2: only one year of bachelor left, in calendar time, but courses stretch out', () => {
    const generated = plan(partTimer);
    const bachelor = all(generated).find((m) => m.templateId === 'eng.bachelor')!;
    // A degree takes calendar time, whatever the spare hours: one academic year of the three (52 weeks).
    expect(bachelor.dueDate).toBe('2027-11-23');
    // The master's two years follow it, in calendar time too.
    expect(all(generated).find((m) => m.templateId === 'eng.master')!.dueDate).toBe('2029-11-20');
    // A 120-hour course at 3 h/week takes 40 weeks after the master's.
    expect(all(generated).find((m) => m.templateId === 'eng.deep-learning')!.dueDate).toBe('2030-08-27');
  });

  it('halving the hours per week pushes the CAIO date later, for every profile', () => {
    for (const profile of [lea, karim, sophie, itManager, researcher, partTimer]) {
      const slower = { ...profile, hoursPerWeek: Math.max(1, Math.floor(profile.hoursPerWeek / 2)) };
      const route = recommendRoute(profile).routeId;
      expect(generatePlan(slower, route, TODAY).caioDate > generatePlan(profile, route, TODAY).caioDate, profile.currentRole).toBe(true);
    }
  });

  it('marks achieved milestones done with no due date and their date unknown — never today — and leaves the rest without a completion date', () => {
    for (const milestone of all(plan(karim))) {
      if (milestone.status === 'done') expect(milestone).toMatchObject({ completedDate: null, dueDate: null });
      else expect(milestone).toMatchObject({ completedDate: null, dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    }
  });

  it('an achieved diploma carries the year the person gave', () => {
    const generated = generatePlan({ ...karim, achievedYears: { bachelor: 2014, 'master-tech': 2016 } }, 'route.engineering', TODAY);
    expect(
      all(generated)
        .filter((m) => m.status === 'done')
        .map((m) => [m.templateId, m.completedDate])
    ).toEqual([
      ['eng.bachelor', '2014'],
      ['eng.master', '2016'],
      ['eng.first-role', null],
      ['eng.production', null]
    ]);
  });

  it('a programme under way is in progress until its expected end, and the plan starts from there', () => {
    const student = {
      ...lea,
      educationLevel: 'bac+2' as const,
      achieved: [],
      inProgress: { diploma: 'bachelor' as const, expectedEnd: '2027-06-30' }
    };
    const generated = generatePlan(student, 'route.engineering', TODAY);
    const bachelor = all(generated).find((m) => m.templateId === 'eng.bachelor')!;
    expect(bachelor).toMatchObject({ status: 'in_progress', dueDate: '2027-06-30', completedDate: null });
    // The master follows the licence, not three years of bachelor's at 15 h/week.
    const master = all(generated).find((m) => m.templateId === 'eng.master')!;
    expect(master.dueDate! < plan({ ...lea, educationLevel: 'bac+2', achieved: [] }).stages[0]!.endDate).toBe(true);
  });

  it('can generate any route for any profile (the person may pick another one)', () => {
    const generated = generatePlan(lea, 'route.business', TODAY);
    expect(generated.routeId).toBe('route.business');
    expect(all(generated).some((m) => m.templateId === 'bus.degree')).toBe(true);
  });
});
