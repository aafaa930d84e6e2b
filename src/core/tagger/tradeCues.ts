// The working vocabulary of particular trades, for the how side: a plain day of managing should be
// recognised whether it is spent on a ward, a farm, a shop floor, a help desk or a building site.
// Data only; weights as in whyCues.ts. Generic managing words live in howCues.ts.
import type { CueSpec } from './lexicon';

/**
 * The working nouns and verbs of operations in particular trades, so that a plain day of managing
 * is recognised whatever the workplace. Faint to medium weights: each is only a lean on its own.
 */
export const TRADE_HOW_CUES: readonly CueSpec[] = [
  // Hospitals, care homes, clinics, vets.
  ['discharge', 1.5, 'organising'], ['admissions', 1.5, 'controlling'], ['triage', 2, 'organising'], ['obs', 1, 'controlling'],
  ['medication round', 2, 'organising'], ['drug round', 2, 'organising'], ['bed manager', 2, 'organising'], ['theatre list', 2.5, 'planning'],
  ['clinic list', 2, 'planning'], ['appointment', 1.5, 'planning'], ['waiting list', 2, 'controlling'], ['waiting time', 2, 'controlling'],
  ['care plan', 1.5, 'planning'], ['staffing levels', 3, 'organising'], ['skill mix', 2.5, 'organising'], ['sterile', 1.5, 'organising'],
  ['stock cupboard', 2, 'organising'], ['infection control', 1.5, 'controlling'], ['incident form', 2.5, 'controlling'],
  ['vaccine', 1, 'organising'], ['dose', 1, 'controlling'], ['prescription', 1, 'controlling'],
  // Schools.
  ['cover supervisor', 2.5, 'organising'], ['supply teacher', 2.5, 'organising'], ['lesson plan', 2, 'planning'],
  ['marking', 1, 'controlling'], ['reports', 1.5, 'controlling'], ['seating plan', 2.5, 'organising'], ['consent form', 2.5, 'organising'],
  ['mock', 1, 'planning'], ['data drop', 2.5, 'controlling'], ['register', 1.5, 'controlling'], ['detention', 1, 'controlling'],
  // Factories, farms, labs, building sites.
  ['downtime', 2.5, 'controlling'], ['oee', 3, 'controlling'], ['yield', 2, 'controlling'], ['batch', 1.5, 'controlling'],
  ['maintenance', 2, 'organising'], ['servicing', 2, 'organising'], ['calibrate', 2.5, 'controlling'], ['calibration', 2.5, 'controlling'],
  ['ppe', 2, 'controlling'], ['lock out', 1.5, 'controlling'], ['conveyor', 1.5, 'controlling'], ['press', 0.5, 'organising'],
  ['raw material', 2, 'organising'], ['reagent', 2, 'organising'], ['protocol', 1, 'controlling'], ['sample', 1, 'controlling'],
  ['scaffold', 1.5, 'controlling'], ['programme', 1, 'planning'], ['permit', 1.5, 'controlling'], ['subcontractor', 2, 'organising'],
  ['concrete', 1, 'organising'], ['slab', 1.5, 'organising'], ['delivery note', 2.5, 'controlling'], ['harvest', 1, 'planning'],
  ['feed', 1, 'organising'], ['tractor', 1.5, 'organising'], ['spare part', 2.5, 'organising'], 
  // Kitchens, hotels, gyms, museums.
  ['prep list', 2.5, 'organising'], ['food cost', 3, 'controlling'], ['par level', 3, 'organising'], ['menu', 0.5, 'planning'],
  ['housekeeping', 1.5, 'organising'], ['check in', 1, 'organising'], ['check out', 1, 'organising'], ['room rate', 2.5, 'controlling'],
  ['membership', 1, 'controlling'], ['class timetable', 3, 'planning'], ['install', 1.5, 'organising'], ['opening hours', 2.5, 'planning'],
  ['front of house', 1, 'organising'], ['linen', 1.5, 'organising'], ['laundry', 1.5, 'organising'], ['refund', 2, 'controlling'],
  // Warehouses, haulage, airports, retail.
  ['manifest', 2, 'controlling'], ['depot', 0.5, 'organising'], ['dock', 1.5, 'organising'], ['fleet', 1.5, 'organising'],
  ['tachograph', 2.5, 'controlling'], ['mileage', 2, 'controlling'], ['fuel', 1.5, 'controlling'], ['pick rate', 3, 'controlling'],
  ['replenishment', 2.5, 'organising'], ['planogram', 3, 'organising'], ['markdown', 2, 'controlling'], ['availability', 1.5, 'controlling'],
  ['baggage', 1.5, 'organising'], ['flight', 1, 'planning'],
  // Offices, software, sales, charities, councils.
  ['pull request', 2, 'controlling'], ['code review', 2, 'controlling'], ['staging', 2, 'controlling'], ['hotfix', 2.5, 'controlling'],
  ['rollout', 1.5, 'planning'], ['story points', 2.5, 'planning'], ['pipeline', 1.5, 'controlling'], ['quota', 2.5, 'controlling'],
  ['commission', 1.5, 'controlling'], ['territory', 1, 'organising'], ['renewal date', 2.5, 'planning'],
  ['grant', 1, 'planning'], ['funder', 1, 'controlling'], ['donation', 1, 'controlling'], ['procurement', 2.5, 'controlling'],
  ['tender', 1.5, 'planning'], ['committee papers', 2.5, 'planning'], ['minutes', 1, 'controlling'], ['timesheet', 2.5, 'controlling'],
  ['licence', 1.5, 'controlling'], ['license', 1.5, 'controlling'], ['expiry', 2, 'controlling'], ['renew', 1.5, 'controlling'],
  ['insurance', 1.5, 'controlling'], ['sla', 3, 'controlling'], ['handling time', 3, 'controlling'], ['call volume', 3, 'controlling'],
  ['wrap code', 2.5, 'controlling'], ['escalation', 1.5, 'controlling'], ['case load', 1, 'organising'],
  // Managing verbs common to every trade.
  ['scheduled', 2.5, 'planning'], ['rostered', 2.5, 'organising'], ['costed', 2.5, 'planning'], ['budgeted', 2.5, 'planning'],
  ['invoiced', 2, 'controlling'], ['logged', 2, 'controlling'], ['processed', 1.5, 'controlling'], ['reallocate', 2.5, 'organising'],
  ['redeploy', 2.5, 'organising'], ['divide', 1.5, 'organising'], ['drew up', 2, 'planning'], ['draw up', 2, 'planning'],
  ['ran the numbers', 3, 'controlling'], ['crunch', 1.5, 'controlling'],
  ['free up', 1.5, 'organising'], ['forward', 0.5, 'planning'], ['behind schedule', 3, 'controlling'], ['ahead of schedule', 3, 'controlling'],
  
  
  ['setup', 1.5, 'organising'], 
];
