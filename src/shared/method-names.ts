/**
 * Request names ↔ exposed function names, without the schemas, so the renderer bundle can speak the
 * contract's names without shipping zod.
 */

/** `milestones:update` → `milestonesUpdate`. */
export type MethodName<C extends string> = C extends `${infer Domain}:${infer Action}` ? `${Domain}${Capitalize<Action>}` : never;

export function methodName<C extends string>(channel: C): MethodName<C> {
  const [domain, action = ''] = channel.split(':');
  return `${domain}${action.charAt(0).toUpperCase()}${action.slice(1)}` as MethodName<C>;
}

/** `milestonesUpdate` → `milestones:update` (domains are single lower-case words). */
export function channelOfMethod(method: string): string {
  return method.replace(/^([a-z]+)([A-Z])/, (_match, domain: string, first: string) => `${domain}:${first.toLowerCase()}`);
}
