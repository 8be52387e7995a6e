import { describe, expect, it } from 'vitest';
import { MAX_SKILL_LEVEL, SKILLS, SKILL_CATEGORIES, SKILL_GROUPS } from '../../../../src/shared/content/skills';
import { TARGET_ROLES, roleTarget } from '../../../../src/shared/content/target-roles';
import { MILESTONE_KINDS } from '../../../../src/shared/model';

describe('skill referential', () => {
  it('covers the article’s technical groups, regulation as its own category and the seven behavioural skills', () => {
    const groupsOf = (category: string) => SKILL_GROUPS.filter((group) => group.category === category).map((group) => group.id);
    expect(groupsOf('technical')).toEqual(['group.ai-ml', 'group.cloud-data', 'group.agile', 'group.collaboration', 'group.cybersecurity']);
    expect(groupsOf('regulation')).toEqual(['group.regulation']);
    expect(SKILLS.filter((skill) => skill.category === 'regulation').map((skill) => skill.id)).toEqual([
      'skill.gdpr',
      'skill.ai-act',
      'skill.ai-ethics'
    ]);
    expect(
      SKILLS.filter((skill) => skill.category === 'behavioural')
        .map((skill) => skill.id)
        .sort()
    ).toEqual(
      [
        'skill.leadership',
        'skill.communication',
        'skill.negotiation',
        'skill.analysis',
        'skill.market-awareness',
        'skill.change-management',
        'skill.english'
      ].sort()
    );
    for (const category of SKILL_CATEGORIES) expect(groupsOf(category).length).toBeGreaterThan(0);
  });

  it('gives every technical group at least one sub-skill and every skill a group of its category', () => {
    for (const group of SKILL_GROUPS)
      expect(
        SKILLS.some((skill) => skill.group === group.id),
        group.id
      ).toBe(true);
    for (const skill of SKILLS) {
      const group = SKILL_GROUPS.find((item) => item.id === skill.group);
      expect(group?.category, skill.id).toBe(skill.category);
    }
    expect(SKILLS.filter((skill) => skill.group === 'group.ai-ml').length).toBeGreaterThan(1);
    expect(SKILLS.filter((skill) => skill.group === 'group.cloud-data').length).toBeGreaterThan(1);
  });

  it('describes five distinct levels per skill, in both languages, none a bare label', () => {
    for (const skill of SKILLS) {
      expect(skill.levels, skill.id).toHaveLength(MAX_SKILL_LEVEL + 1);
      for (const language of ['en', 'fr'] as const) {
        const texts = skill.levels.map((level) => level[language]);
        expect(new Set(texts).size, `${skill.id} ${language}`).toBe(texts.length);
        for (const text of texts) {
          // A level says what someone can do: a sentence, not "beginner" or "expert".
          expect(text.split(/\s+/).length, `${skill.id}: ${text}`).toBeGreaterThanOrEqual(4);
          expect(text, skill.id).toMatch(/[.]$/);
        }
      }
      expect(skill.target, skill.id).toBeGreaterThanOrEqual(1);
      expect(skill.target, skill.id).toBeLessThanOrEqual(MAX_SKILL_LEVEL);
      expect(MILESTONE_KINDS).toContain(skill.suggestion.kind);
    }
  });

  it('caps readiness on regulation and leadership, with weights for every group', () => {
    for (const group of SKILL_GROUPS) expect(group.weight).toBeGreaterThan(0);
    expect(SKILL_GROUPS.find((group) => group.id === 'group.regulation')?.minimum).toBeGreaterThan(0);
    expect(SKILL_GROUPS.find((group) => group.id === 'group.leadership')?.minimum).toBeGreaterThan(0);
  });

  it('gives CIO and CTO targets that differ from CAIO only on known skills, within the scale', () => {
    const ids = SKILLS.map((skill) => skill.id);
    for (const role of TARGET_ROLES) {
      for (const [skillId, level] of Object.entries(role.changes)) {
        expect(ids, role.id).toContain(skillId);
        expect(level).toBeGreaterThanOrEqual(0);
        expect(level).toBeLessThanOrEqual(MAX_SKILL_LEVEL);
        expect(level, `${role.id} ${skillId} repeats the CAIO target`).not.toBe(SKILLS.find((skill) => skill.id === skillId)?.target);
      }
    }
    const cio = TARGET_ROLES.find((role) => role.id === 'role.cio')!;
    expect(roleTarget(cio, 'skill.data-security')).toBe(4);
    expect(roleTarget(cio, 'skill.leadership')).toBe(4);
  });
});
