// The built-in rules, in catalogue order (rules.md).
import type { Rule } from '../src/types.js';
import missingApology from './missing-apology.js';
import missingOwnership from './missing-ownership.js';
import missingRemedy from './missing-remedy.js';
import missingPrevention from './missing-prevention.js';
import missingEmpathy from './missing-empathy.js';
import blameShifting from './blame-shifting.js';
import excuse from './excuse.js';
import nonApology from './non-apology.js';
import denial from './denial.js';
import minimizing from './minimizing.js';
import passiveEvasion from './passive-evasion.js';
import hedging from './hedging.js';
import vaguePrevention from './vague-prevention.js';
import lateApology from './late-apology.js';

export const builtinRules: Rule[] = [
  missingApology, missingOwnership, missingRemedy, missingPrevention, missingEmpathy,
  blameShifting, excuse, nonApology, denial, minimizing, passiveEvasion, hedging, vaguePrevention, lateApology,
];
