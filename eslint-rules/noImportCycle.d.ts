// Types for the tests that run the rule.
import type { Rule } from 'eslint';

declare const rule: Rule.RuleModule;
export default rule;
