// The slots of a team's policy, each calling one contract (docs/vm.md, "Policy contracts"): named
// here because genesis documents name them too.
export const POLICY_SLOTS = ['authorize', 'escalate', 'ola-evaluate'] as const;
export type PolicySlot = (typeof POLICY_SLOTS)[number];
