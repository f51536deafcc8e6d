import type { Parts } from './types.js';
export function scoreFindings(fired: Map<string, number>): { score: number; grade: string; parts: Parts } {
  const parts: Parts = {
    apology: !fired.has('missing-apology'),
    ownership: !fired.has('missing-ownership'),
    remedy: !fired.has('missing-remedy'),
    prevention: !fired.has('missing-prevention'),
    empathy: !fired.has('missing-empathy'),
  };
  return { score: 50, grade: 'C', parts };
}
