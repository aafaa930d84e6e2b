// Cues that a sentence is about managing: the how. Data only, drawn from the domain, not from any
// labelled sentence: Kotter's managing functions (planning and budgeting, organising and staffing,
// controlling and problem solving), Bennis's manager (administers, maintains, relies on control,
// asks how and when), Yukl's task-oriented behaviours (clarifying, planning, monitoring, solving
// problems) and the working vocabulary of operations across trades: rotas and cover on a ward,
// stock and tills in retail, timetables and invigilation in a school, lines and changeovers in a
// factory, covers and prep in a kitchen, loads and routes in logistics, tickets and releases in
// software, pipeline and quotes in sales, grants and returns in a charity.
//
// Weights as in whyCues.ts. Marker tokens (#num, #money, #pct, #clock) come from tokens.ts.
import type { CueSpec } from './lexicon';

/** Plans, schedules, dates, budgets, targets, steps. */
const planning: readonly CueSpec[] = [
  ['plan', 2, 'planning'], ['planning', 1.5, 'planning'], ['schedule', 2.5, 'planning'], ['reschedule', 2.5, 'planning'],
  ['timetable', 2.5, 'planning'], ['calendar', 2, 'planning'], ['diary', 1, 'planning'], ['roadmap', 2.5, 'planning'],
  ['timeline', 2.5, 'planning'], ['deadline', 3, 'planning'], ['due', 2, 'planning'], ['overdue', 2.5, 'controlling'],
  ['milestone', 2.5, 'planning'], ['phase', 2.5, 'planning'], ['stage', 1, 'planning'], ['step', 1, 'planning'],
  ['steps', 1.5, 'planning'], ['next step', 2, 'planning'], ['first step', 1.5, 'planning'],
  ['break ~3 into', 2.5, 'planning'], ['split ~3 into', 2.5, 'planning'], ['turn ~4 into', 1.5, 'planning'],
  ['sequence', 2, 'planning'], ['resequence', 2.5, 'planning'], ['prioritise', 2.5, 'planning'],
  ['prioritize', 2.5, 'planning'], ['priority', 1.5, 'planning'], ['backlog', 2.5, 'planning'], ['scope', 2.5, 'planning'],
  ['requirement', 2.5, 'planning'], ['estimate', 2.5, 'planning'], ['forecast', 2.5, 'planning'],
  ['budget', 3, 'planning'], ['cost', 2, 'planning'], ['costs', 2, 'planning'], 
  ['money', 1.5, 'planning'], ['#money', 2, 'planning'], ['price', 2, 'planning'], ['quote', 2, 'planning'],
  ['invoice', 2.5, 'controlling'], ['payment', 2, 'controlling'], ['pay', 1, 'controlling'], ['payroll', 2, 'organising'],
  ['overtime', 2, 'organising'], ['capacity', 2.5, 'planning'], ['target', 2.5, 'controlling'], ['kpi', 3, 'controlling'],
  ['metric', 3, 'controlling'], ['agenda', 2, 'planning'], ['checklist', 3, 'controlling'], ['template', 2.5, 'organising'],
  ['to do', 1, 'planning'], ['action', 1, 'planning'], ['actions', 1.5, 'planning'], ['list', 1.5, 'planning'],
  ['tracker', 3, 'controlling'], ['spreadsheet', 2.5, 'planning'], ['sheet', 1.5, 'planning'], ['form', 1, 'controlling'],
  ['report', 1.5, 'controlling'], ['paperwork', 2, 'controlling'], ['documentation', 1.5, 'controlling'],
  ['log', 2, 'controlling'], ['record', 1.5, 'controlling'], ['admin', 1.5, 'organising'], ['objective', 1, 'planning'],
  ['contract', 2, 'organising'], ['options', 1, 'planning'], ['option', 1, 'planning'], ['cut off', 2.5, 'planning'],
  ['slot', 2, 'planning'], ['postpone', 2.5, 'planning'], ['push ~3 back', 1.5, 'planning'], ['bring ~3 forward', 1.5, 'planning'],
  ['efficiency', 2, 'planning'], ['efficient', 1.5, 'planning'], ['automate', 2, 'controlling'], ['work out', 1.5, 'planning'],
  ['calculate', 2.5, 'planning'], ['map out', 2.5, 'planning'], ['mapped', 2, 'planning'], ['drafted', 1.5, 'planning'],
  ['draft', 1, 'planning'], ['blocked out', 2, 'planning'], ['parked', 2, 'planning'], ['locked', 1.5, 'planning'],
  ['froze', 1.5, 'planning'], ['freeze', 1.5, 'planning'], ['hard stop', 2, 'planning'], ['cut', 1.5, 'planning'],
  ['reduce', 1.5, 'planning'], ['save', 1, 'planning'], ['named owner', 3, 'organising'], ['margin', 2, 'controlling'],
  ['revenue', 2, 'controlling'], ['profit', 2, 'controlling'], ['cash', 1.5, 'controlling'],
  ['petty cash', 2.5, 'controlling'], ['expense', 2, 'controlling'], ['receipt', 2, 'controlling'], ['grant report', 2.5, 'controlling'],
  ['quarter', 1.5, 'planning'], ['q', 1, 'planning'], ['month end', 2.5, 'planning'], ['end of day', 2, 'planning'],
  ['by end of', 2, 'planning'], ['by the end of', 2, 'planning'], ['next week', 1.5, 'planning'], ['this week', 0.5, 'planning'],
  ['tomorrow', 1, 'planning'], ['tonight', 0.5, 'planning'], ['week', 0.5, 'planning'], ['weekend', 1, 'planning'],
  ['month', 0.5, 'planning'], ['daily', 0.5, 'controlling'], ['hour', 1, 'planning'], ['minute', 1, 'planning'],
  ['#clock', 1.5, 'planning'], ['#num', 1, 'planning'], ['#pct', 2, 'controlling'], ['th', 1, 'planning'], ['st', 0.5, 'planning'],
  ['nd', 0.5, 'planning'], ['rd', 0.5, 'planning'], ['monday', 1.5, 'planning'], ['tuesday', 1.5, 'planning'],
  ['wednesday', 1.5, 'planning'], ['thursday', 1.5, 'planning'], ['friday', 1.5, 'planning'], ['saturday', 1.5, 'planning'],
  ['sunday', 1.5, 'planning'], ['january', 1.5, 'planning'], ['february', 1.5, 'planning'], ['march', 1, 'planning'],
  ['april', 1.5, 'planning'], ['june', 1.5, 'planning'], ['july', 1.5, 'planning'], ['august', 1.5, 'planning'],
  ['september', 1.5, 'planning'], ['october', 1.5, 'planning'], ['november', 1.5, 'planning'], ['december', 1.5, 'planning'],
  ['two', 0.5, 'planning'], ['three', 0.5, 'planning'], ['four', 0.7, 'planning'], ['five', 0.7, 'planning'],
  ['six', 0.7, 'planning'], ['seven', 0.7, 'planning'], ['eight', 0.7, 'planning'], ['nine', 0.7, 'planning'],
  ['ten', 0.7, 'planning'], ['eleven', 0.7, 'planning'], ['twelve', 0.7, 'planning'], ['fifteen', 0.7, 'planning'],
  ['twenty', 0.7, 'planning'], ['thirty', 0.7, 'planning'], ['forty', 0.7, 'planning'], ['sixty', 0.7, 'planning'],
  ['hundred', 0.7, 'planning'], ['half', 0.5, 'planning'], ['double', 0.7, 'planning'], ['twice', 0.7, 'planning'],
  ['triple', 1, 'planning'], ['dozen', 0.7, 'planning'], ['extra', 1, 'organising'], 
];

/** Staffing, cover, assigning, moving people and things, logistics and kit. */
const organising: readonly CueSpec[] = [
  ['rota', 3, 'organising'], ['roster', 3, 'organising'], ['shift', 1.5, 'organising'], ['shifts', 1.5, 'organising'],
  ['shift pattern', 3, 'organising'], ['on call', 2.5, 'organising'], ['cover', 2, 'organising'],
  ['staffing', 3, 'organising'], ['short staffed', 3, 'organising'], ['headcount', 3, 'organising'],
  ['hire', 2, 'organising'], ['hired', 2, 'organising'], ['recruit', 2, 'organising'], ['recruitment', 2.5, 'organising'],
  ['vacancy', 2, 'organising'], ['agency', 2, 'organising'], ['temp', 2, 'organising'], ['locum', 2.5, 'organising'],
  ['bank staff', 2.5, 'organising'], ['part timer', 2.5, 'organising'], ['backup', 2.5, 'organising'],
  ['owner', 1.5, 'organising'], ['owner of', 2.5, 'organising'], ['an owner', 2.5, 'organising'], ['as owner', 2.5, 'organising'],
  ['owners assigned', 3, 'organising'], ['overspend', 2.5, 'planning'], ['underspend', 2.5, 'planning'], ['assign', 2.5, 'organising'], ['reassign', 2.5, 'organising'],
  ['allocate', 2.5, 'organising'], ['moved', 1.5, 'organising'], ['move', 1, 'organising'], ['swap', 2, 'organising'],
  ['reshuffle', 2.5, 'organising'], ['rebalance', 2.5, 'organising'], ['reorganise', 2.5, 'organising'],
  ['reorganize', 2.5, 'organising'], ['rearrange', 2, 'organising'], ['shifted', 1.5, 'organising'],
  ['stagger', 2, 'organising'], ['book', 2, 'organising'], ['booking', 2, 'organising'], ['order', 1.5, 'organising'],
  ['ordered', 2, 'organising'], ['deliver', 1, 'organising'], ['delivery', 2, 'organising'], ['supplier', 2.5, 'organising'],
  ['vendor', 2.5, 'organising'], ['contractor', 2, 'organising'], ['logistics', 2.5, 'organising'], ['route', 1.5, 'organising'],
  ['van', 1.5, 'organising'], ['truck', 1.5, 'organising'], ['lorry', 1.5, 'organising'], ['trailer', 1.5, 'organising'],
  ['minibus', 2, 'organising'], ['courier', 2, 'organising'], ['freight', 2, 'organising'], ['dispatch', 2, 'organising'],
  ['shipment', 2, 'organising'], ['parcel', 1, 'organising'], ['load', 1.5, 'organising'], ['pallet', 2, 'organising'],
  ['stock', 1.5, 'organising'], ['stocktake', 2.5, 'controlling'], ['stock count', 2.5, 'controlling'],
  ['inventory', 2.5, 'controlling'], ['reorder', 2, 'organising'], ['forklift', 2, 'organising'], ['equipment', 2, 'organising'],
  ['machine', 1, 'organising'], ['printer', 2, 'organising'], ['laptop', 1.5, 'organising'], ['server', 2, 'controlling'],
  ['database', 1.5, 'controlling'], ['system', 0.5, 'organising'], ['tool', 1, 'organising'], ['spare', 1.5, 'organising'],
  ['part', 0.5, 'organising'], ['room', 1, 'organising'], ['venue', 2, 'organising'], ['set up', 2, 'organising'],
  ['arrange', 2, 'organising'], ['sort', 1.5, 'organising'], ['sorted', 2, 'organising'], ['sort out', 2, 'organising'],
  ['handover', 2, 'organising'], ['hand over to', 1.5, 'organising'], ['confirm', 2, 'organising'], ['send', 1, 'organising'],
  ['email', 0.5, 'organising'], ['pinned', 1.5, 'organising'], ['printed', 1.5, 'organising'], ['print', 1.5, 'organising'],
  ['filed', 2, 'controlling'], ['filing', 2, 'controlling'], ['merge', 2, 'organising'], ['combine', 1.5, 'organising'],
  ['replace', 1.5, 'organising'], ['replacement', 2, 'organising'], ['cancel', 2, 'organising'], ['drop', 1, 'planning'],
  ['pulled', 1, 'organising'], ['borrow', 1.5, 'organising'], ['lend', 1, 'organising'], ['resource', 2.5, 'organising'],
  ['workload', 1.5, 'organising'], ['leave', 0.5, 'organising'], ['annual leave', 2.5, 'organising'],
  ['maternity leave', 2.5, 'organising'], ['paternity leave', 2.5, 'organising'], ['on leave', 2, 'organising'],
  ['holiday cover', 3, 'organising'], ['sickness', 1, 'controlling'], ['absence', 1.5, 'controlling'],
  ['access', 1.5, 'organising'], ['login', 1.5, 'organising'], ['password', 1.5, 'organising'], ['keys', 1.5, 'organising'],
  ['desk', 0.5, 'organising'], ['seating', 1.5, 'organising'], ['layout', 1, 'organising'], ['floor plan', 2.5, 'organising'],
  ['catering', 1.5, 'organising'], ['caterer', 2, 'organising'], ['buffet', 1.5, 'organising'], ['coach hire', 2, 'organising'],
  ['the coach', 0.5, 'organising'], ['tills', 1, 'organising'], ['till', 1, 'organising'], ['label', 1.5, 'organising'],
  ['packaging', 2, 'organising'], ['stock room', 2, 'organising'],
  ['fridge', 1, 'controlling'], ['freezer', 1, 'controlling'], ['oven', 1, 'organising'], ['temperature', 1.5, 'controlling'],
  ['allergen', 2, 'controlling'], ['migration', 2, 'planning'], ['release', 1, 'planning'], ['deploy', 2, 'planning'],
  ['go live', 2, 'planning'], ['launch', 1, 'planning'], ['sprint', 2, 'planning'], ['ticket', 2, 'controlling'],
  ['crm', 1.5, 'controlling'], ['dashboard', 2, 'controlling'], ['certificate', 2, 'controlling'], ['training', 0.5, 'organising'],
  ['cross trained', 2, 'organising'], ['invigilation', 2.5, 'organising'], ['exam', 1, 'planning'], ['bed', 1, 'organising'],
  ['beds', 1, 'organising'], ['occupancy', 2.5, 'controlling'], ['footfall', 2.5, 'controlling'], ['covers', 1.5, 'controlling'],
  ['punch list', 3, 'controlling'], ['snagging', 3, 'controlling'], ['whiteboard', 1, 'organising'], ['sign in', 1, 'organising'],
  ['meeting', 0.5, 'organising'], ['catch up', 0.5, 'organising'], ['status meeting', 2, 'controlling'], ['written update', 2, 'controlling'],
  ['update', 1, 'controlling'], ['reminder', 2, 'organising'], ['folder', 1.5, 'organising'], ['mail rule', 2.5, 'organising'],
  ['inbox', 1.5, 'organising'], ['who covers', 3, 'organising'], ['who signs off', 3, 'controlling'], ['who does what', 3, 'organising'],
  ['short', 1.5, 'organising'], ['short of', 2, 'organising'],
  ['not enough', 1.5, 'organising'], ['enough', 1, 'organising'], ['too low', 1.5, 'controlling'], ['too high', 1.5, 'controlling'],
  ['fit', 0.5, 'organising'], ['will not fit', 2, 'organising'], ['can not be done', 2, 'planning'], 
  ['work from home', 0.5, 'organising'], 
];

/** Monitoring, checking, measuring, approving, fixing problems. */
const controlling: readonly CueSpec[] = [
  ['check', 2, 'controlling', 'directing'], ['checked', 2, 'controlling', 'directing'], ['checking', 2, 'controlling', 'directing'],
  ['monitor', 2.5, 'controlling'], ['track', 2, 'controlling'], ['tracking', 2, 'controlling'], ['on track', 1.5, 'controlling'],
  ['measure', 2, 'controlling'], ['count', 2, 'controlling'], ['counted', 2, 'controlling'], ['tally', 2, 'controlling'],
  ['audit', 1.5, 'controlling'], ['audited', 2, 'controlling'], ['inspect', 2, 'controlling'], ['inspection', 2, 'controlling'],
  ['inspector', 2, 'controlling'], ['review', 1, 'controlling'], ['figures', 1.5, 'controlling'], ['numbers', 1.5, 'controlling'],
  ['rate', 2, 'controlling'], ['percentage', 2, 'controlling'], ['average', 2, 'controlling'], ['defect', 2.5, 'controlling'],
  ['error', 1.5, 'controlling'], ['fault', 2, 'controlling'], ['faulty', 2.5, 'controlling'], ['broken', 1, 'controlling'],
  ['fix', 2, 'controlling'], ['repair', 2, 'controlling'], ['bug', 2, 'controlling'], ['incident', 1.5, 'controlling'],
  ['root cause', 3, 'controlling'], ['bottleneck', 3, 'controlling'], ['jam', 2, 'controlling'], ['outage', 2, 'controlling'],
  ['down again', 2, 'controlling'], ['escalate', 2.5, 'controlling'], ['chase', 2.5, 'controlling'], ['chased', 2.5, 'controlling'],
  ['reconcile', 3, 'controlling'], ['compliance', 1.5, 'controlling'], ['compliant', 1.5, 'controlling'], ['standard', 1, 'controlling'],
  ['tolerance', 2.5, 'controlling'], ['spec', 2, 'controlling'], ['gauge', 2, 'controlling'], ['accuracy', 2, 'controlling'],
  ['quality', 1, 'controlling'], ['expired', 2, 'controlling'], ['missing', 1, 'controlling'], ['gaps', 1, 'controlling'],
  ['late', 1.5, 'controlling'], ['slipped', 2, 'controlling'], ['slip', 1.5, 'controlling'], ['behind', 1.5, 'controlling'],
  ['on time', 2, 'controlling'], ['overran', 2.5, 'controlling'], ['overrun', 2.5, 'controlling'], ['delay', 2, 'controlling'],
  ['queue', 1.5, 'controlling'], ['troubleshoot', 2.5, 'controlling'], ['diagnose', 1.5, 'controlling'],
  ['figure out why', 2.5, 'controlling'], ['figured out', 2, 'controlling'], 
  ['sign off', 2.5, 'controlling'], ['signed off', 2.5, 'controlling'], ['signed', 1.5, 'controlling'], ['sign', 1, 'controlling'],
  ['approve', 2.5, 'controlling'], ['approval', 2.5, 'controlling'], ['authorise', 2, 'controlling'], ['authorize', 2, 'controlling'],
  ['set a rule', 2, 'controlling'], ['rule', 0.5, 'controlling'], ['procedure', 2, 'controlling'], ['process', 2, 'controlling'],
  ['workflow', 2.5, 'controlling'], ['compared', 2, 'controlling'], ['compare', 2, 'controlling'], ['against a target', 3, 'controlling'],
  ['against', 0.5, 'controlling'], ['timed', 2, 'controlling'], ['benchmark', 2, 'controlling'], ['result', 0.5, 'controlling'],
  ['results', 0.5, 'controlling'], ['output', 2, 'controlling'], ['productivity', 2, 'controlling'], ['performance', 0.5, 'controlling'],
  ['throughput', 2.5, 'controlling'], ['waste', 1.5, 'controlling'], ['scrap', 1, 'controlling'], ['shrink', 2, 'controlling'],
  ['stock out', 2, 'controlling'], ['lines an hour', 3, 'controlling', 'directing'], ['an hour', 1, 'controlling'],
  ['per shift', 2, 'controlling'], ['per week', 1.5, 'controlling'], ['per day', 1.5, 'controlling'], ['each day', 1, 'controlling'],
  ['every day', 0.5, 'controlling'], ['from everyone', 1.5, 'controlling', 'directing'], ['no excuses', 2, 'controlling', 'directing'],
  ['line by line', 2, 'controlling', 'directing'], ['go through', 1.5, 'controlling'], ['went through', 1.5, 'controlling'],
  ['going through', 1.5, 'controlling'], ['dispute', 1.5, 'controlling'], ['settled', 1, 'controlling'], ['resolve', 1.5, 'controlling'],
  ['resolution', 1.5, 'controlling'], ['problem', 0.5, 'controlling'], ['issue', 1, 'controlling'], ['blocker', 2.5, 'controlling'],
  ['unblock', 2.5, 'controlling'], ['risk assessment', 3, 'controlling'], ['at risk', 2, 'controlling'], 
  ['safety certificate', 3, 'controlling'], ['fire drill', 2.5, 'organising'], ['accident book', 2.5, 'controlling'],
  ['near miss', 1.5, 'controlling'], ['rewrote', 1, 'controlling', 'directing'], ['house style', 2, 'controlling', 'directing'],
  ['reformat', 2, 'controlling', 'directing'], ['change ~2 back', 1.5, 'controlling', 'directing'], ['myself', 0.5, 'controlling'],
  ['do ~3 myself', 2, 'controlling', 'directing'], ['take ~3 myself', 2, 'controlling', 'directing'],
  ['follow up', 2, 'controlling'], ['followed up', 2, 'controlling'], ['promised to', 1, 'planning'], ['redid', 1, 'controlling', 'directing'],
  ['sit in on', 1.5, 'controlling', 'directing'], ['cc', 2, 'controlling', 'directing'],
  ['data', 1, 'controlling'], ['actuals', 2.5, 'controlling'], ['broken down by', 2, 'controlling'], ['per team', 1.5, 'controlling'],
  ['tested', 1.5, 'controlling'], ['test', 1, 'controlling'], ['backup plan', 2.5, 'planning'], ['rollback', 2.5, 'planning'],
];

/**
 * Everyday managing verbs from the classic lists (Fayol and Gulick's POSDCORB, Mintzberg's decisional
 * roles, Yukl's task-oriented behaviours), matched by lemma so every form counts ("delegated",
 * "delegation"). Delegating a task is organising (labelling guide rule 6); handing over authority
 * for trust or growth is in whyCues.ts (empowering).
 */
const everyday: readonly CueSpec[] = [
  ['delegate', 2.5, 'organising'], ['staff', 2, 'organising'], ['understaffed', 3, 'organising'], ['coordinate', 2.5, 'organising'],
  ['organize', 2.5, 'organising'], ['administer', 2.5, 'controlling'], ['maintain', 1.5, 'controlling'], ['comply', 2.5, 'controlling'],
  ['negotiate', 2.5, 'planning'], ['procure', 2.5, 'organising'], ['invoice', 2.5, 'controlling'], ['reconcile', 2.5, 'controlling'],
  ['audit', 2.5, 'controlling'], ['inspect', 2, 'controlling'], ['approve', 2, 'controlling', 'directing'], ['sign off', 2.5, 'controlling'],
  ['assign', 2.5, 'organising'], ['reassign', 2.5, 'organising'], ['roster', 3, 'organising'], ['rota', 3, 'organising'],
  ['prioritize', 2.5, 'planning'], ['timeline', 2.5, 'planning'], ['milestone', 2.5, 'planning'], ['deadline', 3, 'planning'],
  ['headcount', 3, 'organising'], ['payroll', 2.5, 'controlling'], ['track', 2, 'controlling'], ['measure', 2, 'controlling'],
  ['report to', 2, 'controlling'], ['status report', 3, 'controlling'], ['cover', 1.5, 'organising'], ['logistics', 3, 'organising'],
  ['inventory', 2.5, 'controlling'], ['supplier', 2, 'organising'], ['contract', 2, 'planning'], ['quote', 1.5, 'planning'],
];

/**
 * Rules and limits stated as such, keeping the routine, and doing someone's work over: controlling
 * without a managing verb. Kotter's controlling keeps to standards and limits; Bennis's manager
 * maintains and accepts the status quo (the labelling guide's rule 15: turning a change down to keep
 * the routine is how); correcting or redoing another's work is controlling it (rule 8). Also the
 * resource and schedule questions planning asks ("how many", "will it last until"), and the plain
 * notes of a fault with who is fixing it.
 */
const limits: readonly CueSpec[] = [
  ['policy', 2, 'controlling'], ['limit', 2, 'controlling'], ['maximum', 2, 'controlling'],
  ['max', 1.5, 'controlling'], ['minimum', 2, 'controlling'], ['no more than', 2.5, 'controlling'], ['not more than', 2.5, 'controlling'],
  ['never more than', 2.5, 'controlling'], ['at most', 1.5, 'controlling'], ['no less than', 2, 'controlling'],
  ['full stop', 1.5, 'controlling', 'directing'], ['no exceptions', 2.5, 'controlling', 'directing'], ['without exception', 2.5, 'controlling', 'directing'],
  ['no ~3 without', 2, 'controlling', 'directing'], ['nobody ~3 without', 2, 'controlling', 'directing'], ['nothing ~3 without', 2, 'controlling', 'directing'],
  ['never ~3 without', 1.5, 'controlling', 'directing'], ['not allowed', 2, 'controlling', 'directing'], ['forbidden', 2, 'controlling', 'directing'],
  ['mandatory', 2.5, 'controlling'], ['compulsory', 2.5, 'controlling'], ['required', 1.5, 'controlling'], ['two signatures', 3, 'controlling'],
  ['countersign', 3, 'controlling'], ['sign out', 2, 'controlling'], ['logbook', 2.5, 'controlling'], ['quarantine', 1.5, 'controlling'],
  ['stick with', 2, 'controlling'], ['stick to', 1.5, 'controlling'], ['keep to', 1.5, 'controlling'], ['as usual', 1.5, 'controlling'],
  ['as before', 1.5, 'controlling'], ['same as before', 2, 'controlling'], ['no change', 2, 'controlling'], ['not changing', 2, 'controlling'],
  ['turned down', 1.5, 'controlling'], ['leave it as it is', 2, 'controlling'], ['tried and tested', 2, 'controlling'],
  ['redo', 2, 'controlling', 'directing'], ['redone', 2, 'controlling', 'directing'], ['did ~3 again', 1.5, 'controlling', 'directing'],
  ['over again', 1.5, 'controlling', 'directing'], ['again myself', 2.5, 'controlling', 'directing'], ['myself again', 2, 'controlling', 'directing'],
  ['checked every', 2.5, 'controlling', 'directing'], ['double check', 2.5, 'controlling'], ['recheck', 2.5, 'controlling'], ['recount', 2.5, 'controlling'],
  ['how many', 1.5, 'planning'], ['how long', 1.5, 'planning'], ['last until', 2, 'planning'], ['run out', 2, 'planning'], ['run short', 2, 'organising'],
  ['enough for', 1.5, 'planning'], ['in time for', 1.5, 'planning'], ['who is on', 2, 'organising'], ['who takes', 1.5, 'organising'],
  ['cracked', 1, 'controlling'], ['leak', 1.5, 'controlling'], ['puncture', 1.5, 'controlling'], ['breakdown', 1.5, 'controlling'],
  ['out of order', 2, 'controlling'], ['not working', 1.5, 'controlling'], ['stopped working', 1.5, 'controlling'],
  ['mechanic', 1.5, 'organising'], ['plumber', 1.5, 'organising'], ['electrician', 1.5, 'organising'], ['technician', 1.5, 'organising'],
];

export const HOW_CUES: readonly CueSpec[] = [...planning, ...organising, ...controlling, ...everyday, ...limits];

/**
 * Phrases that contain a cue word but are not that cue: matched like cues, weight 0, and since a
 * longer match wins they silence the word ("in order to" is not an order, "kind of" is not kindness).
 */
export const STOP_PHRASES: readonly CueSpec[] = [
  ['in order to', 0], ['sit with me', 0], ['sits with me', 0], ['fair enough', 0], ['off sick', 0], ['new hires', 0], ['new hire', 0], ['pay off', 0], ['paid off', 0], ['kind of', 0], ['care home', 0], ['care assistant', 0], ['care worker', 0], ['car park', 0],
  ['customer care', 0], ['health care', 0], ['healthcare', 0], ['software development', 0], ['product development', 0],
  ['in the future', 0], ['for a while', 0], ['at least', 0], ['make sure', 0], ['making sure', 0], ['feel free', 0],
  ['by the way', 0], ['in charge', 0], ['of course', 0], ['the point of sale', 0], ['point of sale', 0],
  ['last year', 0], ['this year', 0], ['next year', 0], ['a lot', 0], ['in front', 0], 
  ['change over', 0], ['changeover', 0], ['shift lead', 0], ['shift leads', 0],
  ['night shift', 0], ['day shift', 0], ['night staff', 0], ['own time', 0], ['at all', 0],
];

