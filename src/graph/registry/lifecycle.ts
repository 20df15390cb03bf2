import { RegistryError } from './errors';

export const STATUSES = ['DRAFT', 'PLEDGED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED', 'WITHDRAWN'] as const;

/** The pledge lifecycle: nothing is deleted; WITHDRAWN is the end for anything not COMPLETED. */
const NEXT: Record<string, string[]> = {
  DRAFT: ['PLEDGED', 'WITHDRAWN'],
  PLEDGED: ['IN_PROGRESS', 'SUSPENDED', 'WITHDRAWN'],
  IN_PROGRESS: ['COMPLETED', 'SUSPENDED', 'WITHDRAWN'],
  SUSPENDED: ['IN_PROGRESS', 'WITHDRAWN'],
  COMPLETED: [],
  WITHDRAWN: [],
};

export const nextStatuses = (from: string): string[] => NEXT[from] ?? [];

/** Statuses a pledge is still being worked on in: these owe reports to the review forums. */
export const ACTIVE_STATUSES = ['PLEDGED', 'IN_PROGRESS'];

export function checkTransition(from: string, to: string): void {
  const allowed = nextStatuses(from);
  if (allowed.includes(to)) return;
  throw new RegistryError(
    'BAD_USER_INPUT',
    `status: a ${from} pledge cannot become ${to}; allowed next: ${allowed.length > 0 ? allowed.join(', ') : 'none'}`,
    'status',
  );
}
