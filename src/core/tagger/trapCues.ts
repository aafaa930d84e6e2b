// Signals of the four traps (seed 000: micromanaging leader, visionless manager, "nice" leader with
// no follow-through, taskmaster manager), as phrase families in the lexicon syntax. Data only;
// traps.ts decides when signals add up to a trap. A signal is evidence of a behaviour, never a
// trap on its own: each trap needs signals of at least two different kinds (see traps.ts).
//
// Weights: 2 = the behaviour is unmistakable in the phrase, 1 = it leans that way.
import type { CueSpec } from './lexicon';
import type { TrapSignal } from './trapSignals';


/** Redoing, rewriting or taking over work someone else was doing. */
const microRedo: readonly CueSpec[] = [
  ['my own version', 2], ['wrote my own', 2], ['before she could', 2], ['before he could', 2], ['before they could', 2],
  ['without asking', 2], ['even though ~4 had already', 2], ['had already', 1], ['the one i would have', 2], ['i would have chosen', 2],
  ['i would better do it', 2], ['better do it myself', 2], ['restructured', 1], ['went over ~4 again', 2], ['went over his', 2],
  ['went over her', 2], ['went over their', 2], ['overrode', 2], ['overruled', 2],
  ['rework', 2], ['reworked', 2], ['reworking', 2], ['reword', 2], ['redraft', 2], ['redrafted', 2], ['edited her', 2],
  ['edited his', 2], ['edited their', 2], ['tweaked', 1], ['swap ~4 for ones i', 2], ['send them myself', 2], ['sent it myself', 2],
  ['unmuted', 1], ['jumped in', 1], ['stepped in', 1], ['finish it myself', 2], ['finished it myself', 2], ['handle it myself', 2],
  ['i prefer my', 2], ['my version', 1], ['my layout', 1], ['my wording', 2], ['my own', 0.5], ['redone', 2],
  ['rewrote', 2], ['rewrite', 1], ['rewriting', 2], ['redid', 2], ['redo', 1], ['redoing', 2], ['reformatted', 2],
  ['reworded', 2], ['renamed', 1], ['renaming', 1], ['change ~2 back', 2], 
  ['do ~3 myself', 2], ['did ~3 myself', 2], ['doing ~3 myself', 2], ['quicker to do', 2], ['easier to do it myself', 2],
  ['take over', 1], ['took over', 2], ['take ~5 myself', 2], ['taking over', 2], 
  ['doing most of the talking', 2], ['did most of the talking', 2], ['comments on', 1], ['left * comments', 2],
  ['corrected', 1], ['fixed ~2 myself', 2], ['went through ~2 draft', 1], ['line by line', 2], ['every line', 1],
];

/** Making everything come through the writer: approvals, copies, sign-off on small things. */
const microGate: readonly CueSpec[] = [
  ['check with me', 1.5], ['with me before', 1.5],
  ['send me ~4 every', 2], ['text me ~5 every', 2], ['show me ~4 every', 2], ['review ~3 every', 2], ['reviewing every', 2],
  ['every ~5 before it', 2], ['every ~5 before they', 2], ['before it leaves', 2], ['before it is', 1], ['send me what', 1],
  ['through me', 1], ['route ~3 through me', 2], ['without my', 2], ['my initials', 2], ['my approval', 2], ['my sign off', 2],
  ['goes out without', 1], ['cleared by me', 2], ['approve it myself', 2], ['including the', 0.5], ['no matter how small', 2],
  ['everything to me', 2], ['every message', 1], ['every document', 1], ['every change', 1], ['every purchase', 1],
  ['from now on', 1], ['before anything', 1],
  ['cc on every', 2], ['cc on everything', 2], ['copy me on', 2], ['copied in on', 1], ['send me every', 2],
  ['send me their', 1], ['send me any', 1], ['see every', 1], ['see any', 1], ['before it goes out', 2], ['before it goes', 1],
  ['before they go out', 2], ['before merging', 2], ['before sending', 1], ['run it past me', 2], ['run everything past me', 2],
  ['check with me first', 2], ['approve every', 2], ['sign off every', 2], ['through me', 1], ['even the small ones', 2],
  ['even small ones', 2], ['every email', 1], ['every quote', 1], ['every decision', 1], ['every detail', 1],
];

/** Watching and checking a capable person's work closely. */
const microWatch: readonly CueSpec[] = [
  ['listened in', 2], ['listen in', 2], ['just in case', 1], ['keep an eye on', 1], ['after dinner', 1], ['at night', 0.5],
  ['at the weekend', 0.5], ['twice after', 1], ['join ~2 call', 1], ['joined ~2 call', 1], ['look over', 1], ['looked over', 1],
  ['checking on', 1], ['checked up on', 2], ['check up on', 2], ['see what the team had', 1], ['what they had replied', 1],
  ['checked ~4 at #clock', 1], ['check ~4 at #clock', 1], ['sat in on', 1],
  ['sit in on', 1], ['hovering', 1], ['looking over', 1], ['over her shoulder', 2], ['over his shoulder', 2],
  ['to make sure he', 1], ['to make sure she', 1], ['to be sure he', 1], ['to be sure she', 1], ['go through ~3 line by line', 2],
  ['just until', 1], ['every step', 1], 
];

/** Distrust of capable people, or knowing better. */
const microDistrust: readonly CueSpec[] = [
  ['unannounced', 2], ['dropping into', 1], ['has not complained', 1], ['gone quiet', 1],
  ['standards slip', 2], ['when i am not there', 2], ['i know it is a lot', 1], ['can be tricky', 1], ['done it before', 1],
  ['did it well', 1], ['was good last time', 1],
  ['perfectly workable', 2], ['perfectly fine', 2], ['was fine', 1], ['without me', 1], ['would not have', 1],
  ['do not think ~2 would', 2], ['been doing this for', 2], ['years of experience', 1], ['experienced', 0.5], ['capable', 0.5],
  ['i believe that', 0.5], ['but i', 0.3], ['could not trust', 2], ['not trust', 1], ['exactly how', 1],
  ['not sure ~2 would', 1], ['was not sure ~2 would', 2], ['can not trust', 2], ['do not trust', 2], ['did not trust', 2],
  ['know better', 2], ['my way', 1], 
  ['were fine', 1], 
];

/** Turning down change or ideas because of habit, scope or disruption. */
const visionReject: readonly CueSpec[] = [
  ['managed fine', 2], ['never needed', 2], ['not retraining', 2], ['did not bother', 2], ['not at this time', 2],
  ['stir things up', 2], ['is full', 1], ['no reason to', 1], ['what works', 2], ['that is * thing', 1], ['for a gadget', 1],
  ['not my department', 2], ['not our department', 2], ['not worth it', 2], ['not now', 1], ['too much disruption', 2],
  ['disruption', 1], ['we have always', 2], ['always had', 1],
  ['did not respond', 1], ['ignored the', 1], ['not putting us through', 2], ['for the sake of it', 2], ['how we have always', 2],
  ['we are not changing', 2], ['not changing it', 2], ['will not change', 1], ['has worked for', 2], ['worked for * years', 2],
  ['the current ~2 works', 2], ['works fine', 2], ['validated', 1], ['not worth', 1], ['no appetite', 2], ['declined', 1],
  ['no point', 1], ['not for us', 2], ['someone else job', 2], ['above my pay grade', 2], ['not my call', 1], ['leave well alone', 2],
  ['let sleeping dogs', 2], ['told her no', 1], ['told him no', 1], ['not interested', 1],
  ['always done', 2], ['always been done', 2], ['always worked', 1], ['if it is not broken', 2], ['if it is not broke', 2],
  ['not broken', 1], ['not reopening', 2], ['not going to reopen', 2], ['no point in', 1],
  ['not our job', 2], ['not my job', 2], ['not our problem', 2], ['not worth the disruption', 2], ['not worth the hassle', 2],
  ['not ours', 1], ['not our decision', 2], ['not our call', 2],
  ['do not have capacity', 1], ['concentrate on', 1], ['stick to', 1], ['rulebook', 2], ['by the book', 1],
  ['nobody rocks the boat', 2], ['rock the boat', 2], ['extra work', 1], ['complicate', 1],
  ['blows over', 2], ['heads down', 1], ['keep it steady', 2], ['nothing major', 1],
  ['told them no', 1], ['turned it down', 1], ['turned down', 1], ['said no', 1], ['not going to change', 2],
  ['leave it as', 1], ['no need to change', 2], ['why change', 2],
];

/** Routine and box-ticking as the goal. */
const visionRoutine: readonly CueSpec[] = [
  ['ticking over', 2], ['same routine', 2], ['suits me', 1], ['nothing to write home about', 1], ['same way', 1],
  ['nothing went wrong', 2], ['that is the job', 1], ['every checklist', 2], ['same plan as last', 2], ['same as last year', 2],
  ['complete and in the folder', 1], ['completed and uploaded', 1], ['signed off', 0.5], ['heads down', 1],
  ['every form', 2], ['filled in and filed', 2], ['all audits passed', 1], ['up to date', 0.5], ['same template', 2],
  ['as ever', 1], ['as normal', 1], ['as usual', 1], ['how i like it', 2], ['quiet week', 1], ['nothing else to report', 2],
  ['kept everything running', 2], ['keep everything running', 2], ['business as usual', 1], ['ticked off', 1], ['no surprises', 1],
  ['box ticked', 2], ['boxes ticked', 2], ['every box', 2], ['tick the box', 2], ['ticking boxes', 2], ['box ticking', 2],
  ['all green', 1], ['same format', 1], ['same as last', 1], ['as always', 1], ['to standard', 1],
  ['paperwork completed', 1], ['all paperwork', 1], ['filed on time', 1], ['checklist done', 1], ['another steady', 1],
  ['regulatory requirements', 1], 
];

/** Someone brought a change or an idea (so turning it down is turning down change). */
const visionIdea: readonly CueSpec[] = [
  ['asked if we could', 1], ['inviting ideas', 2], ['invited ideas', 2], ['asking ~3 to pilot', 2], ['to pilot', 1],
  ['could try', 1], ['uses', 0.5], ['proposed a', 1], ['suggested a', 1],
  ['asked whether we could try', 2], ['raised the idea', 2], ['proposed switching', 2], ['trial', 1], ['wants every', 1],
  ['suggestion', 1], ['asked if we could try', 2], ['asked whether we could', 1], ['new idea', 1], ['new way', 1], ['new tool', 1],
  ['innovation', 0.5], ['try something', 1], ['volunteer', 0.5],
  ['suggested', 1], ['came to me with', 1], ['their idea', 1], ['an idea', 1], ['idea for', 1], ['proposal', 1],
  ['proposed', 1], ['asked if they could try', 2], ['asked if we could', 1], ['could try', 1], ['to trial', 1],
  ['pilot', 1], ['improvement', 1], ['new system', 1], ['volunteers', 0.5], ['propose', 1], ['change to', 1],
];

/** Big talk: ideas, promises, enthusiasm, the crowd's reaction. */
const niceBig: readonly CueSpec[] = [
  ['big moves', 2], ['cheering', 1], ['can not wait', 1], ['excitement', 1], ['ambition', 0.5], ['our mission', 1],
  ['believes in our', 1], ['smiling', 0.5], ['brand new', 0.5],
  ['we would become', 2], ['we will become', 2], ['the most loved', 2], ['start a', 0.5], ['feel the energy', 2], ['excited', 1],
  ['thrilled', 1], ['loved it', 1], ['headline', 1], ['announced', 1], ['my plan for', 2], ['shared my plan', 2], ['the vision', 1],
  ['inspired', 1], ['fired up', 2], ['big plans', 2], ['grand', 1], ['game changer', 2], ['transform', 1], ['so proud of', 1],
  ['my idea', 2], ['my ideas', 2], ['my dream', 2], ['big idea', 2],
  ['told everyone about', 1], ['told them about my', 1], ['buzzing', 1], ['energised', 1], ['clapped', 1],
  ['got emotional', 1], ['most hopeful', 1], ['momentum', 1],
  ['where we are going', 1], ['where we are heading', 1], ['believe in it', 1], ['launch a', 1], 
  ['give everyone', 1], ['went brilliantly', 1], ['could be', 0.5],
];

/** Commitments dropped, repeated or deferred; details waved away. */
const niceDropped: readonly CueSpec[] = [
  ['last * too', 2], ['last * as well', 2], ['year running', 2], ['years running', 2], ['third time', 2], ['third year', 1], ['second time', 1],
  ['what happened to', 2], ['never did anything with', 2], ['still owe', 2], ['i owe', 1], ['months ago', 1],
  ['it is coming', 1], ['once things settle down', 2], ['settle down', 1], ['i said i would send', 2], ['no owner', 2],
  ['no dates', 2], ['no date', 2], ['no owner yet', 2], ['still have not', 2],
  ['announced last', 2], ['i had forgotten', 2], ['forgot about', 2], ['forgotten about', 2], ['still have not sent', 2],
  ['promised her', 2], ['promised him', 2], ['promised them', 2], ['never got a date', 2], ['nothing came of it', 2],
  ['it is now', 1], ['have not opened', 2], ['i will get to', 2], ['get round to', 2], ['i had told ~2 i would', 2], ['also my', 1],
  ['never followed up', 2], ['did not follow up', 2], ['not followed through', 2], ['still waiting', 1], ['went nowhere', 2],
  ['came to nothing', 2], ['on hold', 1], ['keep meaning to', 2], ['meant to', 1], ['soon', 0.5], ['one day', 1],
  ['i promised', 2], ['last year', 1], ['blank', 1], ['promised to', 2], ['i had promised', 2], ['said i would', 2], ['i said i would', 2],
  ['i had not', 1], ['still have not', 2], ['never heard of', 2],
  ['never finished', 2], ['never happened', 2], ['same answer', 2], 
  ['top of my list', 2], ['when things calm down', 2], 
  ['right moment', 1], ['still happening', 1], ['not replied', 2], ['have not replied', 2],
  ['that was', 1], ['never got round', 2], ['slipped my mind', 2], ['dropped the ball', 2],
];

/** Others ask about owners, dates or details and are waved away. */
const niceDismiss: readonly CueSpec[] = [
  ['who is leading', 1], ['is there a budget', 1], ['there is a budget', 1], ['what the budget is', 1],
  ['what the timeline is', 1], ['told her not to', 1], ['told him not to', 1], ['told them not to', 1],
  ['figure that out later', 2], ['figure ~2 out later', 2], ['out later', 1], ['the important thing is', 1],
  ['that is what counts', 2], ['what counts', 1], ['we will see', 1], ['it will sort itself out', 2],
  ['sort the details', 2], ['work that out as we go', 2], ['as we go', 1], ['waved it off', 2], ['waved away', 2],
  ['who is in charge', 1], ['who would lead', 1], ['who will lead', 1], ['and when it starts', 1], ['when it starts', 1],
  ['details later', 2], ['not get bogged down', 2], ['bogged down', 1], ['logistics later', 2],
  ['by when', 2], ['who is doing', 1], ['who is running', 1], ['when the', 0.5], 
  ['worry about the details', 2], ['details later', 2], ['not the details', 1],
  ['keep the momentum', 1],
];

/** Pushing output and targets, by name and with consequences. */
const taskPush: readonly CueSpec[] = [
  ['pushing for', 1], ['keep up', 1], ['want #num by', 2], ['conversion', 0.5], ['line speed', 1], ['need more', 1],
  ['minimum', 1], ['i expect #num', 2], ['nobody goes home until', 2], ['until we hit', 2], ['results are what matter', 2],
  ['what matters here', 1], ['lost output', 2], ['performance chat', 1], ['every agent', 1], ['every picker', 1], ['hit it', 1],
  ['numbers up', 1], ['push harder', 2], ['faster', 1], ['speed up', 1], ['more from', 1], ['per person', 1], ['productivity', 1],
  ['target', 1], ['need to be', 1], ['or better', 1], ['from everyone', 1], ['no excuses', 2], ['leaderboard', 2],
  ['league table', 2], ['by name', 1], ['bottom three', 2], ['anyone slower', 2], ['anyone under', 2], ['anyone below', 2],
  ['the record', 1], ['i want #num', 1], ['faster', 1], ['that is the job', 2], ['lines an hour', 1],
  ['i need everyone', 1], ['i need #num', 1], ['behind on', 1], ['pick rates', 1], ['handle time', 1], ['output', 1],
];

/** Brushing aside people's state, needs or questions. */
const taskDismiss: readonly CueSpec[] = [
  ['plenty more', 2], ['have to wait', 1], ['stop slowing', 2], ['with questions', 1], ['are in the cupboard', 1],
  ['interchangeable', 2], ['replaceable', 2], ['anyone can do', 2],
  ['can not afford', 1], ['keep going', 1], ['on their own time', 2], ['in their own time', 2], ['own time', 1],
  ['told ~3 to keep going', 2], ['told ~3 to get on', 2], ['told ~3 to carry on', 2], ['carry on', 1], ['not my concern', 2],
  ['no time to', 1], ['not now', 1], ['later', 0.5], ['can wait', 1], ['excuses', 1], ['just have to', 1], ['soft', 1],
  ['get on with it', 2], ['not the time', 2], ['no time for', 2],
  ['do not want to hear', 2], ['said no', 1], ['take it later', 2], ['stop moaning', 2],
  ['stop complaining', 2], ['deal with it', 2], ['toughen up', 2], ['push through', 1], 
  ['whatever it takes', 1], ['not my problem', 2], 
  ['they are paid to', 2], ['no reason', 1],
  // The guide's taskmaster gives no reasons: a change announced with its explanation refused.
  ['did not explain', 2], ['without explaining', 2], ['no explanation', 2], ['not give reasons', 2], ['no point explaining', 2],
  ['not need reasons', 2], ['not need to know', 1], ['not need the reasoning', 2], ['because i said so', 2], ['no discussion', 2],
  ['not get into it', 1], ['not explain myself', 2], ['that is how it is', 1],
  ['not say why', 2], ['not need to explain', 2], ['not go into the why', 2], ['not get into why', 2], ['not into the why', 2],
  ['no reason given', 2], ['not give a reason', 2], ['not need the why', 2], ['not need one', 1], ['not need a reason', 2],
  // … treats people as interchangeable …
  ['not matter who', 2], ['whoever is free', 1], ['same as another', 2], ['any body', 1], ['a body is a body', 2],
  // … and brushes a need aside.
  ['crack on', 2], ['sharpen up', 2], ['pull * together', 2], ['will be fine', 1], ['will cope', 2], ['always say that', 2],
  ['can sleep after', 2], ['rest in', 1], ['not got a minute', 2], ['strap it', 2],
];

/** People raising a need: a break, pain, heat, grief, sickness. */
const taskNeed: readonly CueSpec[] = [
  ['faint', 1], ['sit down', 1], ['headache', 1], ['noise', 0.5], ['dizzy', 1], ['ill', 0.5], ['unwell', 1], ['injury', 1],
  ['distressed', 1], ['back pain', 1], ['complaining of', 1], ['off with stress', 1], ['stress', 1], ['self harm', 1],
  ['pain', 1], ['sick', 0.5], ['upset', 1], ['crying', 1], ['grieving', 1], ['rest', 0.5], ['water', 0.5], ['tired', 1],
  ['asked for a break', 2], ['a break', 1], ['breather', 1], ['burning', 1], ['hurt', 1], ['injured', 1], ['heat', 1],
  ['bereavement', 1], ['asked about', 0.5], ['asked whether', 0.5], ['sickness', 1], ['exhausted', 1],
  ['early finish', 1],
  // Signs of burnout and of a life outside work, as the guide lists them.
  ['running on empty', 2], ['barely slept', 2], ['in tears', 2], ['migraine', 1], ['fatigue', 1], ['looked grey', 2],
  ['fell asleep', 1], ['back is killing', 2], ['needed a minute', 2], ['five minutes', 0.5], ['birthday', 1], ['wedding', 1],
  ['doctor', 1], ['appointment', 0.5], ['sports day', 1], ['one night', 0.5], ['asked for * off', 1], ['wrist', 1],
];

/** Cutting the things that look after people or explain the work. */
const taskCut: readonly CueSpec[] = [
  ['can not spare', 2], ['to save * minutes', 2], ['skipped the', 1], ['cancelled the ~3 lunch', 2], ['save time', 1],
  ['removed the', 1], ['stopped the', 1], ['cut the', 0.5], ['coaching slot', 1], ['stretch session', 1], ['eating * minutes', 1],
  ['waste of time', 2], ['lost time', 1], ['training session', 0.5], ['team meeting', 0.5], ['one to ones', 1],
  ['cancelled the', 1], ['scrapped the', 1], ['cutting the', 1], ['cut the briefing', 1],
  ['toolbox talk', 1], ['early finish', 1], ['no break', 2], ['skip the', 1], ['dropped the briefing', 1],
];

/** Punitive monitoring of people. */
const taskPunish: readonly CueSpec[] = [
  ['anyone who ~5 will', 2], ['anyone with ~6 will', 2], ['anyone off', 1], ['goes straight to', 2], ['formal meeting', 2],
  ['formal', 1], ['will be moved', 2], ['moved to nights', 1], ['moved off', 1],
  ['absence procedure', 2], ['sits with me', 2], ['sit with me', 1], ['by name', 1], ['lowest', 1], ['bottom', 1],
  ['weekend overtime', 1], ['will be on', 0.5], ['warning', 1], ['consequences', 2], ['name and shame', 2], ['performance chat', 1],
  ['performance review', 0.5], ['capability process', 2], ['answer to me', 2],
  ['formal absence', 2], ['call reviews', 1], ['absence process', 2], 
  ['down for', 1], ['doubles', 1], ['mandatory', 1],
  ['will be looked at', 1], ['disciplinary', 2], ['written warning', 2], ['named and shamed', 2], 
  
];

/** Counter-evidence: close supervision of a novice is directing, not micromanaging. */
const guardNovice: readonly CueSpec[] = [
  ['new starter', 2], ['first week', 2], ['first day', 2], ['never worked', 2], ['never done', 2], ['trainee', 1],
  ['apprentice', 1], ['new to', 2], ['learning the', 1], ['step by step', 1], ['shadow', 1], ['first time', 1],
];

/** Counter-evidence: care for people alongside the push. */
const guardCare: readonly CueSpec[] = [
  ['running on empty', 2], ['rather than break', 2], ['break someone', 2], ['look after', 2],
  ['we will cover', 2], ['stop at', 1], ['day off', 1], 
  ['why it matters', 2], ['tell me if', 1], ['are you ok', 2], ['how they are doing', 2],
];

/** Counter-evidence for follow-through traps: an owner, a date, a first step. */
const guardOwner: readonly CueSpec[] = [
  ['owner', 2], ['owners', 2], ['first step', 2], ['by friday', 1], ['deadline', 1], ['due', 1], ['booked', 1],
];

export const TRAP_CUES: readonly (readonly [TrapSignal, readonly CueSpec[]])[] = [
  ['micro.redo', microRedo], ['micro.gate', microGate], ['micro.watch', microWatch], ['micro.distrust', microDistrust],
  ['vision.reject', visionReject], ['vision.routine', visionRoutine], ['vision.idea', visionIdea],
  ['nice.big', niceBig], ['nice.dropped', niceDropped], ['nice.dismiss', niceDismiss],
  ['task.push', taskPush], ['task.dismiss', taskDismiss], ['task.need', taskNeed], ['task.cut', taskCut],
  ['task.punish', taskPunish], ['guard.novice', guardNovice], ['guard.care', guardCare], ['guard.owner', guardOwner],
];

/**
 * The same signals in German, written for this project from the guide's trap table (not translated
 * phrase by phrase): how German managers put it in notes and journals, du or Sie, with the usual
 * Denglisch. Matched by lemma through the German table, as the sentence cues are. Kept short (the
 * tagger's size budget): the word classes (wordClasses.ts GERMAN_CLASS_WORDS) carry the rest.
 */
export const GERMAN_TRAP_CUES: readonly (readonly [TrapSignal, readonly CueSpec[]])[] = [
  ['micro.redo', [
    ['lieber selbst', 2], ['selbst machen', 1.5], ['aus der hand', 2], ['trotzdem', 1],
    ['noch mal', 0.5], ['nochmal', 0.5],
  ]],
  ['micro.gate', [
    ['über meinen tisch', 2], ['ohne mich', 1],
    ['bevor ~3 rausgeht', 2], ['ab sofort', 1], ['auch die', 0.5],
  ]],
  ['micro.watch', [
    ['seite für seite', 2], ['doppelt hält besser', 2],
    ['sicher ist sicher', 2],
    ['zeile für zeile', 2], ['position für position', 2], ['abends', 0.5], ['nachts', 0.5],
  ]],
  ['micro.distrust', [
    ['wie ich es', 1], ['alles richtig', 1],
    ['seit ~3 jahren', 1], ['kann das', 1],
  ]],
  ['vision.reject', [
    ['noch nie so', 2], ['immer so', 2], ['schon immer', 2], ['nicht unsere aufgabe', 2], ['nicht mein problem', 1],
    ['nicht unser problem', 2], ['nicht unsere baustelle', 2],
    ['nicht unser thema', 2], ['machen wir nicht', 2], ['nein sagen', 1],
    ['ablehnen', 1], ['sache der', 1],
  ]],
  ['vision.routine', [
    ['wie üblich', 1], ['mehr nicht', 1],
    ['abhaken', 1.5], ['wie immer', 1],
    ['mehr muss', 2],
    ['ablegen', 1],
  ]],
  ['vision.idea', [['kommen mit', 1], ['wissen ob', 1], ['fragen ob', 0.5], ['vorschlag', 1], ['idee', 1]]],
  ['nice.big', [
    ['alle begeistert', 2], ['großartig', 1], ['energie', 1],
    ['verkünden', 1], ['ankündigen', 1], ['versprechen', 1], ['klatschen', 1], ['motiviert', 1],
  ]],
  ['nice.dropped', [
    ['schon wieder', 1], ['immer noch nicht', 2], ['wir sind dran', 2],
    ['wieder verschieben', 2], ['verschieben', 1], ['untergehen', 2],
    ['noch nicht', 1], ['irgendwann', 1], ['ruhiger', 2],
    ['letzten herbst', 1], ['letztes jahr', 1], ['kümmere mich', 1],
  ]],
  ['nice.dismiss', [
    ['details später', 2], ['bis wann', 1],
    ['klären wir', 1.5], ['ergeben sich', 2], ['die details', 1], ['offenlassen', 2],
    ['organisch', 1], ['wird schon', 2], ['wer das', 1],
  ]],
  ['task.push', [
    ['egal was', 2], ['keiner geht', 2],
    ['hauptsache', 1], ['quote', 1],
    ['minimum', 1], ['nicht genug', 1], ['sonderschicht', 1], ['zahlen müssen stimmen', 2], ['keine ausnahme', 1],
  ]],
  ['task.dismiss', [
    ['nichts erklären', 2], ['ohne begründung', 2], ['nicht begründen', 2], ['keine begründung', 2], ['keine erklärung', 2],
    ['ist halt so', 2], ['basta', 2], ['so gut wie der andere', 2], ['kann jeder', 2], ['nicht zählt', 2], ['nicht mein problem', 2],
    ['weitermachen', 1], ['nicht erklären', 2],
    ['keine zeit', 1], ['austauschbar', 2], ['egal wer', 2],
    ['halt', 0.5],
    // People as replaceable, and reasons withheld, as German managers put it in their notes.
    ['wird ersetzt', 2], ['gibt ~2 genug', 2], ['nicht erklärt', 2], ['müssen sie nicht wissen', 2], ['geht keinen', 2],
    ['nicht anstellen', 2], ['nicht so haben', 2], ['alle müde', 2], ['kann gehen', 1], ['muss gehen', 1],
  ]],
  ['task.need', [
    ['am stück', 1], ['ohne freien tag', 2],
    ['kann nicht mehr', 2], ['kind', 0.5],
    ['rücken', 1], ['geweint', 2], ['krank', 1], ['hustet', 1], ['müde', 1], ['erschöpft', 1], ['schläft kaum', 2],
  ]],
  ['task.cut', [
    ['pause gestrichen', 2], ['pausen gekürzt', 2], ['pause gekürzt', 2], ['gestrichen', 1], ['gekürzt', 1],
  ]],
  ['task.punish', [
    ['braucht ~4 nicht mehr', 2],
    ['wer nicht', 1],
  ]],
  ['guard.novice', [['erste woche', 2], ['ersten tag', 2], ['azubi', 1], ['zum ersten mal', 2], ['neue kollegin', 2]]],
  ['guard.care', [['nach hause', 2], ['wie es ihm geht', 2], ['wie es ihr geht', 2], ['erklären warum', 2]]],
  ['guard.owner', [['verantwortlich', 1], ['owner', 2], ['deadline', 1], ['erster schritt', 2], ['zuständig', 1], ['bis zum', 1]]],
];
