import { describe, expect, it } from 'vitest';
import { channels, channelOfMethod, methodName } from '../../../src/shared/contract';

describe('contract names', () => {
  it('maps every request to a unique function name and back', () => {
    const names = channels.map((channel) => methodName(channel));
    expect(new Set(names).size).toBe(channels.length);
    for (const channel of channels) expect(channelOfMethod(methodName(channel))).toBe(channel);
    expect(methodName('milestones:update')).toBe('milestonesUpdate');
  });

  it('names every request domain:action', () => {
    for (const channel of channels) expect(channel).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/);
  });
});
