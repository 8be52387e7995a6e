import { describe, expect, it } from 'vitest';
import * as role from '../../../../src/shared/content/role';
import { ROUTES, PLANNING_SOURCE, MILESTONE_TEMPLATES } from '../../../../src/shared/content/routes';
import { SKILLS, SKILL_GROUPS } from '../../../../src/shared/content/skills';
import { TARGET_ROLES } from '../../../../src/shared/content/target-roles';
import { STAGE_TEMPLATES } from '../../../../src/shared/content/stages';
import { contentText } from '../../../../src/shared/content/catalog';
import { CAIO_GOAL_ID, LANGUAGES } from '../../../../src/shared/model';
import { ACHIEVEMENTS } from '../../../../src/shared/profile';

type Text = Record<string, string>;

/** Every bilingual text anywhere in a value, with the path that leads to it. */
function texts(value: unknown, path: string, out: Array<[string, Text]> = []): Array<[string, Text]> {
  if (Array.isArray(value)) value.forEach((item, index) => texts(item, `${path}[${index}]`, out));
  else if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.includes('en') || keys.includes('fr')) out.push([path, value as Text]);
    else for (const [key, inner] of Object.entries(value)) texts(inner, `${path}.${key}`, out);
  }
  return out;
}

const ALL = [
  ...texts(role, 'role'),
  ...texts(ROUTES, 'routes'),
  ...texts(PLANNING_SOURCE, 'planning'),
  ...texts(SKILLS, 'skills'),
  ...texts(SKILL_GROUPS, 'skillGroups'),
  ...texts(TARGET_ROLES, 'targetRoles'),
  ...texts(STAGE_TEMPLATES, 'stages')
];

describe('career content', () => {
  it('gives every text both languages, non-empty, and nothing else', () => {
    expect(ALL.length).toBeGreaterThan(120);
    for (const [path, text] of ALL) {
      expect(Object.keys(text).sort(), path).toEqual([...LANGUAGES].sort());
      for (const language of LANGUAGES) expect(text[language]?.trim(), `${path}.${language}`).toBeTruthy();
      expect(text.fr, `${path} is not translated`).not.toBe(text.en);
    }
  });

  it('uses French typography in French texts', () => {
    for (const [path, text] of ALL) {
      expect(text.fr, path).not.toMatch(/[^\u00a0\u202f][:;!?](\s|$)/);
      expect(text.fr, path).not.toMatch(/'/);
    }
  });

  it('keeps ids unique and stable-looking', () => {
    const ids = [
      ...role.MISSIONS,
      ...role.STUDIES,
      ...role.WORK_CONTEXT,
      ...role.EVOLUTION,
      ...role.PROS,
      ...role.CONS,
      ...SKILLS,
      ...SKILL_GROUPS,
      ...TARGET_ROLES,
      ...STAGE_TEMPLATES,
      ...ROUTES,
      ...role.SALARY_BANDS
    ].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
  });

  it('has the article’s eight missions, seven behavioural skills and its technical tools', () => {
    expect(role.MISSIONS).toHaveLength(8);
    expect(SKILLS.filter((skill) => skill.category === 'behavioural')).toHaveLength(7);
    const tools = SKILLS.flatMap((skill) => skill.tools ?? []).map((tool) => (typeof tool === 'string' ? tool : tool.en));
    for (const tool of [
      'AWS',
      'Google Cloud Platform',
      'Microsoft Azure',
      'MLOps',
      'Hadoop',
      'Spark',
      'Kafka',
      'Docker',
      'Kubernetes',
      'Scrum',
      'SAFe',
      'Asana',
      'Jira',
      'Slack',
      'Trello',
      'GitHub',
      'GDPR',
      'EU AI Act'
    ]) {
      expect(tools).toContain(tool);
    }
    // Regulations go by their own name in each language.
    const regulation = SKILLS.filter((skill) => skill.category === 'regulation').flatMap((skill) => skill.tools ?? []);
    expect(regulation).toEqual([
      { en: 'GDPR', fr: 'RGPD' },
      { en: 'EU AI Act', fr: 'règlement européen sur l’IA' }
    ]);
  });

  it('has the article’s three salary bands exactly, each with a known source and a date', () => {
    expect(role.SALARY_BANDS.map((band) => [band.companySize, band.min, band.max, band.currency])).toEqual([
      ['mid-size', 60_000, 80_000, 'EUR'],
      ['large', 80_000, 120_000, 'EUR'],
      ['multinational', 120_000, null, 'EUR']
    ]);
    for (const band of role.SALARY_BANDS) {
      expect(band.sourceId).toBe(role.ARTICLE_SOURCE.id);
      expect(band.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(role.SALARY_NOTE.en).toMatch(/bonus/);
    expect(role.SALARY_NOTE.fr).toMatch(/stock-options/);
  });

  it('names the article’s studies, evolution and work context', () => {
    expect(role.STUDIES.map((item) => item.text.fr).join(' ')).toMatch(
      /bac\+5.*informatique.*data science.*intelligence artificielle[\s\S]*MBA/
    );
    expect(role.EVOLUTION.map((item) => item.text.fr).join(' ')).toMatch(/DSI[\s\S]*CTO[\s\S]*direction générale/);
    expect(role.WORK_CONTEXT.map((item) => item.text.en).join(' ')).toMatch(/White House/);
    expect(role.PROS).toHaveLength(3);
    expect(role.CONS).toHaveLength(4);
  });

  it('dates every figure-bearing route estimate with its source', () => {
    expect(PLANNING_SOURCE.consulted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const template of MILESTONE_TEMPLATES.values()) {
      expect(template.effortHours + template.calendarWeeks > 0 || template.goal, template.id).toBeTruthy();
    }
  });

  it('gives every route its stages filled, a goal, and milestones whose texts the catalogue resolves', () => {
    for (const route of ROUTES) {
      for (const stage of STAGE_TEMPLATES) {
        expect(
          route.templates.some((template) => template.stage === stage.id),
          `${route.id} ${stage.id}`
        ).toBe(true);
      }
      // Head of AI is a goal of its own before the CAIO goal, which is always the last one.
      const goals = route.templates.filter((template) => template.goal).map((template) => template.id);
      const headOfAi = { 'route.engineering': ['eng.head-of-ai'], 'route.business': ['bus.head-of-ai'], 'route.it-leader': [] }[route.id];
      expect(goals).toEqual([...headOfAi, CAIO_GOAL_ID]);
      for (const template of route.templates) {
        expect(contentText(template.id)).toEqual(template.title);
        for (const achievement of template.satisfiedBy) expect(ACHIEVEMENTS).toContain(achievement);
        if (template.skillId) expect(SKILLS.map((skill) => skill.id)).toContain(template.skillId);
      }
    }
  });

  it('uses French education vocabulary in French and its equivalents in English', () => {
    const fr = ROUTES.flatMap((route) => texts(route, route.id))
      .map(([, text]) => text.fr)
      .join(' ');
    const en = ROUTES.flatMap((route) => texts(route, route.id))
      .map(([, text]) => text.en)
      .join(' ');
    for (const term of ['bac+3', 'bac+5', 'grande école', 'alternance', 'mastère spécialisé', 'RNCP']) expect(fr).toContain(term);
    for (const term of ['bachelor', 'master’s', 'work-study', 'MBA']) expect(en.toLowerCase()).toContain(term.toLowerCase());
  });
});
